import {
  to = huaweidr_dws_disaster_recovery_task.warehouse
  identity = {
    disaster_recovery_id = "dws-dr-task-prod"
    region               = "ap-southeast-1"
  }
}
