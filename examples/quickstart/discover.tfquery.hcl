# What exists, whoever built it:  terraform query
# (add -generate-config-out=generated.tf to write importable configuration for it)
list "huaweidr_geminidb_redis_dr_relationship" "pairs" {
  provider = huaweidr

  config {
    region          = "ap-southeast-1"
    standby_regions = ["ap-southeast-3"]
  }
}

list "huaweidr_geminidb_cassandra_active_active" "links" {
  provider = huaweidr

  config {
    region = "ap-southeast-1"
  }
}
