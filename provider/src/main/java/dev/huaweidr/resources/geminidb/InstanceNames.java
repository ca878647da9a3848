package dev.huaweidr.resources.geminidb;

import dev.huaweidr.cloud.geminidb.Instance;

/** How listings show and filter instances: by the name a user gave them, the id when there is none. */
final class InstanceNames {
    private InstanceNames() {
    }

    static String of(Instance instance) {
        return instance.name() == null || instance.name().isEmpty() ? instance.id() : instance.name();
    }

    /** Whether the instance's name starts with {@code prefix}; any instance does when there is no prefix. */
    static boolean startsWith(Instance instance, String prefix) {
        return prefix == null || (instance.name() != null && instance.name().startsWith(prefix));
    }
}
