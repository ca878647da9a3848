# Switch a running DWS DR task over as planned (roles swap, replication continues),
# e.g. back to the original primary after a failover and a recovery:
#   terraform apply -invoke=action.huaweidr_dws_switchover.prod
action "huaweidr_dws_switchover" "prod" {
  config {
    disaster_recovery_id = "dws-dr-task-xr"
    standby_region       = "ap-southeast-3"
  }
}
