# Promote a replica of one shard of a Redis Cluster or Proxy Cluster DCS instance to
# that shard's master:
#   terraform apply -invoke=action.huaweidr_dcs_shard_switchover.shard0
# The shard's clients are briefly interrupted; unreplicated writes may be lost.
data "huaweidr_dcs_instance_roles" "proxy" {
  instance_id = "dcs-proxy-01"
}

action "huaweidr_dcs_shard_switchover" "shard0" {
  config {
    instance_id = data.huaweidr_dcs_instance_roles.proxy.instance_id
    group_id    = "dcs-proxy-01-group-0"
    # A replica of that shard, as the data source lists it.
    node_id = [
      for node in data.huaweidr_dcs_instance_roles.proxy.nodes : node.node_id
      if node.group_id == "dcs-proxy-01-group-0" && node.role == "slave"
    ][0]
    timeout = "10m"
  }
}
