package dev.huaweidr.bench;

import dev.huaweidr.plugin.PluginLaunch;
import dev.huaweidr.proto.tfplugin6.GetProviderSchema;
import dev.huaweidr.proto.tfplugin6.ProviderGrpc;
import io.grpc.ManagedChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Exec to handshake line, and to the first RPC answered (GetProviderSchema, the first call of a command's
 * first process), with auto-mTLS exactly as Terraform launches the provider. Variants are launched in turn,
 * so that a change in the machine's load touches them all alike.
 */
final class StartupSuite {
    /** The goals, medians after exec, held against the first variant: what ships. */
    private static final double HANDSHAKE_GOAL_MS = 25;
    private static final double FIRST_RPC_GOAL_MS = 40;

    /** One way of starting the provider: the executable Terraform would run, and what it adds to the environment. */
    record Variant(String name, Path executable, Map<String, String> env) {
        /** The native executable: it runs no Java, so it is told none. */
        static Variant nativeExecutable(Path dir) {
            return new Variant("native executable", dir.resolve(Build.EXECUTABLE), Map.of());
        }

        /** A JVM launcher directory (the built one, or a copy with another archive) told to run {@code java}. */
        static Variant onJava(String name, Path dist, Path java) {
            return new Variant(name, dist.resolve(Build.EXECUTABLE), Map.of("HUAWEIDR_JAVA", java.toString()));
        }
    }

    private record Launch(double handshakeMillis, double firstRpcMillis, double cpuMillis) {
    }

    private StartupSuite() {
    }

    static Section run(List<Variant> variants, int launches) throws Exception {
        PluginClient client = new PluginClient();
        Map<Variant, List<Launch>> results = new java.util.LinkedHashMap<>();
        for (Variant v : variants) {
            launch(v, client); // page cache, and the harness's own TLS client code, warmed
            results.put(v, new ArrayList<>());
        }
        for (int i = 0; i < launches; i++) {
            for (Variant v : variants) {
                results.get(v).add(launch(v, client));
            }
        }
        Section section = new Section("Start-up", "Exec of the provider (the native executable, or the JVM "
                + "launcher, a script that execs java) to the handshake line on stdout, then to the answer "
                + "of the first RPC (GetProviderSchema over mutual TLS, from a client certificate announced in "
                + "`PLUGIN_CLIENT_CERT`, the client's side ready before the exec and its socket without Nagle's delay, "
                + "as Terraform's), " + launches + " launches per variant, variants in turn. CPU is the provider "
                + "process's user + system time up to that answer (it shows the work, where a busy machine "
                + "stretches the wall time). The goals are held against the first variant, the build that ships.");
        for (Map.Entry<Variant, List<Launch>> e : results.entrySet()) {
            List<Launch> runs = e.getValue();
            String name = e.getKey().name();
            boolean ships = e.getKey() == variants.get(0);
            Samples handshake = new Samples(runs.stream().map(Launch::handshakeMillis).toList());
            Samples firstRpc = new Samples(runs.stream().map(Launch::firstRpcMillis).toList());
            section.add(new Row(name + ": handshake", handshake, "ms", ships ? HANDSHAKE_GOAL_MS : null));
            section.add(new Row(name + ": first RPC answered", firstRpc, "ms", ships ? FIRST_RPC_GOAL_MS : null));
            section.add(Row.of(name + ": CPU to first RPC", new Samples(runs.stream().map(Launch::cpuMillis).toList()), "ms"));
        }
        return section;
    }

    private static Launch launch(Variant variant, PluginClient client) throws Exception {
        long start = System.nanoTime();
        try (PluginLaunch plugin = client.start(variant.executable(), variant.env())) {
            long handshake = System.nanoTime();
            if (plugin.handshake() == null || !plugin.handshake().startsWith("1|6|tcp|")) {
                throw new IllegalStateException(variant.name() + ": no handshake line, got " + plugin.handshake());
            }
            ManagedChannel channel = client.channel(plugin);
            try {
                ProviderGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS)
                        .getProviderSchema(GetProviderSchema.Request.getDefaultInstance());
            } finally {
                channel.shutdownNow();
            }
            long answered = System.nanoTime();
            return new Launch((handshake - start) / 1e6, (answered - start) / 1e6, Cpu.ofProcess(plugin.process().pid()));
        }
    }
}
