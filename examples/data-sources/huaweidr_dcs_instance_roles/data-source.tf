# Which node of a DCS instance is master now.
data "huaweidr_dcs_instance_roles" "cache" {
  instance_id = "dcs-ha-01"
}

output "dcs_master_ips" {
  value = data.huaweidr_dcs_instance_roles.cache.master_ips
}
