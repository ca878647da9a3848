import {
  to = huaweidr_geminidb_redis_dr_relationship.orders
  identity = {
    primary_instance_id = "redis-a-in12"
    standby_instance_id = "redis-b-in12"
    standby_region      = "ap-southeast-3"
  }
}
