# A complete DR set-up against the huaweidr emulator: a cross-region GeminiDB Redis DR pair and a
# GeminiDB Cassandra active-active link. `make demo` applies it; to try it by hand, start the emulator
# with `make emulator` and see README.md.

terraform {
  required_version = ">= 1.14"
  required_providers {
    huaweidr = {
      source = "huaweidr/huaweidr"
    }
  }
}

variable "endpoint" {
  description = "Base URL of the Huawei Cloud APIs: the emulator's by default."
  type        = string
  default     = "http://127.0.0.1:18080"
}

variable "dr_password" {
  description = "Replication password of the Redis DR pair."
  type        = string
  sensitive   = true
  ephemeral   = true
  default     = "Demo-Passw0rd!"
}

provider "huaweidr" {
  region     = "ap-southeast-1"
  auth_token = "demo-token" # the emulator's demo token, never a real one

  endpoints = {
    geminidb = var.endpoint
    dws      = var.endpoint
    dcs      = var.endpoint
    iam      = var.endpoint
    vpc      = var.endpoint
  }
}

# Orders cache in Singapore, replicated to Bangkok.
resource "huaweidr_geminidb_redis_dr_relationship" "orders" {
  alias               = "orders-dr"
  password_wo         = var.dr_password
  password_wo_version = 1

  primary {
    instance_id = "redis-a-in12"
  }
  standby {
    instance_id = "redis-b-in12"
    region      = "ap-southeast-3"
  }

  lifecycle {
    prevent_destroy = false # set to true in production: destroying the pair stops replication
  }
}

# Session store, writable in both regions.
resource "huaweidr_geminidb_cassandra_active_active" "sessions" {
  instance_id             = "cass-a-in06"
  destination_instance_id = "cass-b-in06"
  destination_region      = "ap-southeast-3"
}

output "orders_primary" {
  description = "The Redis instance that is primary now."
  value       = huaweidr_geminidb_redis_dr_relationship.orders.current_primary_instance_id
}

# An operation, run on demand:  terraform apply -invoke=action.huaweidr_dcs_swap.cache
# It swaps master and replica of the master/standby DCS cache; clients pause for a few seconds.
action "huaweidr_dcs_swap" "cache" {
  config {
    instance_id = "dcs-ha-01"
  }
}
