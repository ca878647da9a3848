# The DR pair of a GeminiDB Redis instance: who is primary, sync status, RPO/RTO.
data "huaweidr_geminidb_redis_dr_status" "orders" {
  instance_id = "redis-a-in12"
}

output "orders_dr" {
  value = {
    primary      = data.huaweidr_geminidb_redis_dr_status.orders.master_instance_id
    sync_status  = data.huaweidr_geminidb_redis_dr_status.orders.sync_status
    failover_rpo = try(data.huaweidr_geminidb_redis_dr_status.orders.rto_and_rpo["FAILOVER"].rpo, null)
  }
}
