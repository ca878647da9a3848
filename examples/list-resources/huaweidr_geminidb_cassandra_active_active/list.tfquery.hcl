# `terraform query` lists the Cassandra active-active links created from instances in ap-southeast-1.
list "huaweidr_geminidb_cassandra_active_active" "singapore" {
  provider = huaweidr

  config {
    region      = "ap-southeast-1"
    name_prefix = "cass-"
  }
}
