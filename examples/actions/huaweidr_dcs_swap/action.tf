# Swap master and replica of a master/standby DCS instance:
#   terraform apply -invoke=action.huaweidr_dcs_swap.cache
# Clients are interrupted for up to about 10 seconds; unreplicated writes may be lost.
action "huaweidr_dcs_swap" "cache" {
  config {
    instance_id = "dcs-ha-01"
    timeout     = "10m"
  }
}

# Or swap after a change is applied, e.g. once a maintenance marker is created:
resource "terraform_data" "maintenance" {
  input = "2025-06-01"

  lifecycle {
    action_trigger {
      events  = [after_create]
      actions = [action.huaweidr_dcs_swap.cache]
    }
  }
}
