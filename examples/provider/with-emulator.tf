# The same provider against the local emulator (`make emulator`): every service at one address, with the
# emulator's demo token. Use it as the default provider (without `alias`) to try the examples offline.
provider "huaweidr" {
  alias      = "emulator"
  region     = "ap-southeast-1"
  auth_token = "demo-token"

  endpoints = {
    geminidb = "http://127.0.0.1:18080"
    dws      = "http://127.0.0.1:18080"
    dcs      = "http://127.0.0.1:18080"
    iam      = "http://127.0.0.1:18080"
    vpc      = "http://127.0.0.1:18080"
  }
}
