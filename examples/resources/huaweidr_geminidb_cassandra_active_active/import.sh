# The source instance's ID, prefixed with REGION: when not in the provider's region.
terraform import huaweidr_geminidb_cassandra_active_active.sessions ap-southeast-1:cass-a-in06
