# Fail a cross-region DWS DR task over when its primary cluster, or that cluster's whole region, is lost:
#   terraform apply -invoke=action.huaweidr_dws_failover.prod
# Data written to the primary after the last successful synchronization is lost;
# the action reports that time before it starts. When ap-southeast-1 does not answer,
# the action calls through standby_region, where DWS serves the task too.
action "huaweidr_dws_failover" "prod" {
  config {
    disaster_recovery_id = "dws-dr-task-xr"
    region               = "ap-southeast-1" # where the task was created: its primary cluster's region
    standby_region       = "ap-southeast-3" # its standby cluster's region
    timeout              = "1h"
  }
}
