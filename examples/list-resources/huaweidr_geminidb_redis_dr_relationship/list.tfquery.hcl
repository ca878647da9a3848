# `terraform query` lists the Redis DR pairs whose primary is in ap-southeast-1; with
# `-generate-config-out=generated.tf` it also writes a resource and an import block for each.
list "huaweidr_geminidb_redis_dr_relationship" "singapore" {
  provider = huaweidr

  config {
    region          = "ap-southeast-1"
    standby_regions = ["ap-southeast-3"] # where cross-region standbys may be
  }
}
