# The task's ID, prefixed with REGION: when not in the provider's region (the region of its primary cluster).
terraform import huaweidr_dws_disaster_recovery_task.warehouse ap-southeast-1:dws-dr-task-prod
