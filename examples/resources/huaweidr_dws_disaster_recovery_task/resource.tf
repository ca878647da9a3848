# Disaster recovery for the production warehouse: dws-prod is synchronized to dws-dr, in another availability
# zone, every 30 minutes.
resource "huaweidr_dws_disaster_recovery_task" "warehouse" {
  name               = "dr-prod"
  dr_type            = "az"
  primary_cluster_id = "dws-prod"
  standby_cluster_id = "dws-dr"
  dr_sync_period     = "30m"

  lifecycle {
    prevent_destroy = true # destroying or replacing the task ends disaster recovery
  }
}

# A standby in another region, made but not started yet (`enabled = false`): start it with `enabled = true`.
resource "huaweidr_dws_disaster_recovery_task" "far" {
  name               = "dr-far"
  dr_type            = "region"
  primary_cluster_id = "dws-spare-a"
  standby_cluster_id = "dws-spare-c"
  standby_region     = "ap-southeast-3"
  dr_sync_period     = "2H"
  enabled            = false

  timeouts {
    create = "60m"
  }
}
