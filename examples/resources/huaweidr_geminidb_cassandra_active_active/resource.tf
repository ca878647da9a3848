# A session store writable in ap-southeast-1 and ap-southeast-3, replicating both ways.
resource "huaweidr_geminidb_cassandra_active_active" "sessions" {
  instance_id             = "cass-a-in06"
  destination_instance_id = "cass-b-in06"
  destination_region      = "ap-southeast-3"

  timeouts {
    create = "90m"
  }

  lifecycle {
    prevent_destroy = true # destroying or replacing the link stops replication
  }
}
