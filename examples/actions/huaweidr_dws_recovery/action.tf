# After huaweidr_dws_failover, once the old primary is healthy again, protect the new primary:
#   terraform apply -invoke=action.huaweidr_dws_recovery.prod
# The standby's data is deleted and copied again in full.
action "huaweidr_dws_recovery" "prod" {
  config {
    disaster_recovery_id = "dws-dr-task-xr"
    region               = "ap-southeast-1"
    standby_region       = "ap-southeast-3"
  }
}
