package dev.huaweidr.conformance;

import dev.huaweidr.plugin.Main;

/** Serves the conformance provider through the real plugin, protocol and framework layers. */
public final class ConformanceMain {
    private ConformanceMain() {
    }

    public static void main(String[] args) {
        Main.run(args, new ConformanceProvider());
    }
}
