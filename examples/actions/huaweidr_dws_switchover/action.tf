# Switch a running DWS DR task over as planned (roles swap, replication continues):
#   terraform apply -invoke=action.huaweidr_dws_switchover.prod
action "huaweidr_dws_switchover" "prod" {
  config {
    disaster_recovery_id = "dws-dr-task-prod"
  }
}
