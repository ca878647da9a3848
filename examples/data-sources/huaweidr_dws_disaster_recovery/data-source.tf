# A DWS DR task now: status, which cluster is primary, last successful synchronization.
data "huaweidr_dws_disaster_recovery" "prod" {
  disaster_recovery_id = "dws-dr-task-prod"
}

output "dws_dr" {
  value = {
    status            = data.huaweidr_dws_disaster_recovery.prod.status
    primary_cluster   = data.huaweidr_dws_disaster_recovery.prod.primary_cluster_id
    last_success_time = data.huaweidr_dws_disaster_recovery.prod.last_success_time
  }
}
