# PRIMARY_INSTANCE_ID/STANDBY_INSTANCE_ID, each prefixed with REGION: when not in the provider's region.
terraform import huaweidr_geminidb_redis_dr_relationship.orders redis-a-in12/ap-southeast-3:redis-b-in12
