package dev.huaweidr.bench;

import dev.huaweidr.plugin.PluginLaunch;
import dev.huaweidr.plugin.ServerCertificate;
import dev.huaweidr.proto.tfplugin6.GetProviderSchema;
import dev.huaweidr.proto.tfplugin6.ProviderGrpc;
import io.grpc.ManagedChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Launcher exec to handshake line, and to the first RPC answered (GetProviderSchema, the first call of a
 * command's first process), with auto-mTLS exactly as Terraform launches the provider. Variants are
 * launched in turn, so that a change in the machine's load touches them all alike.
 */
final class StartupSuite {
    /** One way of running the launcher: a launcher directory and the java it is told to use. */
    record Variant(String name, Path dist, Path java) {
    }

    private record Launch(double handshakeMillis, double firstRpcMillis, double cpuMillis) {
    }

    private StartupSuite() {
    }

    static Section run(List<Variant> variants, int launches) throws Exception {
        ServerCertificate client = ServerCertificate.generate();
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
        Section section = new Section("Start-up", "Launcher exec to the handshake line on stdout, then to the answer "
                + "of the first RPC (GetProviderSchema over mutual TLS, from a client certificate announced in "
                + "`PLUGIN_CLIENT_CERT`), " + launches + " launches per variant, variants in turn. CPU is the provider "
                + "process's user + system time up to that answer (it shows the work, where a busy machine "
                + "stretches the wall time).");
        for (Map.Entry<Variant, List<Launch>> e : results.entrySet()) {
            List<Launch> runs = e.getValue();
            String name = e.getKey().name();
            boolean fastPath = e.getKey() == variants.get(0);
            Samples handshake = new Samples(runs.stream().map(Launch::handshakeMillis).toList());
            Samples firstRpc = new Samples(runs.stream().map(Launch::firstRpcMillis).toList());
            section.add(fastPath ? Row.goal(name + ": handshake", handshake, "ms", 200) : Row.of(name + ": handshake", handshake, "ms"));
            section.add(fastPath ? Row.goal(name + ": first RPC answered", firstRpc, "ms", 250) : Row.of(name + ": first RPC answered", firstRpc, "ms"));
            section.add(Row.of(name + ": CPU to first RPC", new Samples(runs.stream().map(Launch::cpuMillis).toList()), "ms"));
        }
        return section;
    }

    private static Launch launch(Variant variant, ServerCertificate client) throws Exception {
        long start = System.nanoTime();
        try (PluginLaunch plugin = PluginLaunch.start(variant.dist().resolve("terraform-provider-huaweidr"), client,
                Map.of("HUAWEIDR_JAVA", variant.java().toString()))) {
            long handshake = System.nanoTime();
            if (plugin.handshake() == null || !plugin.handshake().startsWith("1|6|tcp|")) {
                throw new IllegalStateException(variant.name() + ": no handshake line, got " + plugin.handshake());
            }
            ManagedChannel channel = plugin.channel();
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
