import {
  to = huaweidr_geminidb_cassandra_active_active.sessions
  identity = {
    instance_id = "cass-a-in06"
    region      = "ap-southeast-1"
  }
}
