# Make the standby of a GeminiDB Redis DR pair its primary, as planned (no data lost):
#   terraform apply -invoke=action.huaweidr_geminidb_redis_dr_switchover.to_apse3
action "huaweidr_geminidb_redis_dr_switchover" "to_apse3" {
  config {
    instance_id    = "redis-b-in12"   # the standby, promoted
    region         = "ap-southeast-3"
    primary_region = "ap-southeast-1" # where the current primary (demoted first) lives
    timeout        = "30m"
  }
}
