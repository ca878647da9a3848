terraform {
  required_version = ">= 1.6"
  required_providers {
    huaweidr = {
      source = "huaweidr/huaweidr"
    }
  }
}

# Credentials come from the environment: HW_ACCESS_KEY and HW_SECRET_KEY (plus HW_SECURITY_TOKEN for
# temporary credentials), or HW_AUTH_TOKEN. The project of the region is discovered through IAM.
provider "huaweidr" {
  region = "ap-southeast-1"
}
