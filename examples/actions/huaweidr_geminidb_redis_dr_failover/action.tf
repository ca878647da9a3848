# Promote the standby of a GeminiDB Redis DR pair when its primary's region is down:
#   terraform apply -invoke=action.huaweidr_geminidb_redis_dr_failover.to_apse3
# Writes that had not reached the standby are lost.
action "huaweidr_geminidb_redis_dr_failover" "to_apse3" {
  config {
    instance_id = "redis-b-in12"
    region      = "ap-southeast-3"
  }
}
