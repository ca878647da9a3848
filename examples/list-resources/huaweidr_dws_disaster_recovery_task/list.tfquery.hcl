# `terraform query` lists the DWS DR tasks made from clusters in ap-southeast-1.
list "huaweidr_dws_disaster_recovery_task" "singapore" {
  provider = huaweidr

  config {
    region = "ap-southeast-1"
  }
}
