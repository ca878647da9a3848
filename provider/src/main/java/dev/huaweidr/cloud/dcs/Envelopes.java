package dev.huaweidr.cloud.dcs;

import java.util.List;

/** The JSON envelopes DCS wraps its models in; they never leave this package. */
final class Envelopes {
    private Envelopes() {
    }

    record Nodes(String instanceId, Integer total, List<LogicalNode> nodes) {
        Nodes {
            nodes = nodes == null ? List.of() : nodes;
        }
    }

    record JobId(String jobId) {
    }

    record Groups(Integer groupCount, List<Shard> groupList) {
        Groups {
            groupList = groupList == null ? List.of() : groupList;
        }
    }
}
