variable "dr_password" {
  description = "Replication password of the pair."
  type        = string
  sensitive   = true
  ephemeral   = true
}

# An orders cache in ap-southeast-1, replicated to a standby in ap-southeast-3.
resource "huaweidr_geminidb_redis_dr_relationship" "orders" {
  alias               = "orders-dr"
  password_wo         = var.dr_password
  password_wo_version = 1 # raise it to rebuild the pair with a new password

  primary {
    instance_id = "redis-a-in12"
  }
  standby {
    instance_id = "redis-b-in12"
    region      = "ap-southeast-3"
  }

  timeouts {
    create = "45m"
  }

  lifecycle {
    prevent_destroy = true # destroying the relationship stops replication
  }
}

output "orders_primary" {
  description = "The instance that is primary now: it changes after a switchover or failover."
  value       = huaweidr_geminidb_redis_dr_relationship.orders.current_primary_instance_id
}
