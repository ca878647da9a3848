# Fail a DWS DR task over when its primary cluster is lost:
#   terraform apply -invoke=action.huaweidr_dws_failover.prod
# Data written to the primary after the last successful synchronization is lost;
# the action reports that time before it starts.
action "huaweidr_dws_failover" "prod" {
  config {
    disaster_recovery_id = "dws-dr-task-prod"
    timeout              = "1h"
  }
}
