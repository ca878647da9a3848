package dev.huaweidr.emulator.model;

import java.util.List;

/** A node group of a GeminiDB instance; {@code volumeSize} in GB. */
public record GeminiGroup(String id, int volumeSize, List<GeminiNode> nodes) {

    public GeminiGroup {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }
}
