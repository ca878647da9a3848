package dev.huaweidr.plugin;

import dev.huaweidr.framework.provider.Provider;
import dev.huaweidr.log.JavaLogging;
import dev.huaweidr.log.Logger;
import io.grpc.InsecureServerCredentials;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A long-lived provider process that Terraform commands attach to through {@code TF_REATTACH_PROVIDERS}
 * instead of launching their own: debug mode (loopback TCP, for a developer and a debugger) and warm mode
 * (a unix socket only its user can reach, for CI runners and heavy users, so that many commands pay the JVM
 * start once). Terraform's reattach client speaks no TLS. Each connection gets its own provider session,
 * and Shutdown calls are ignored: the process outlives the commands.
 */
final class ReattachProcess {
    private static final Logger LOG = Logger.named("plugin");
    private static final String SOURCE_ADDRESS = "registry.terraform.io/huaweidr/huaweidr";
    /**
     * Libraries log as hclog lines here too. go-plugin's reattaching client opens connections that it closes
     * before the HTTP/2 preface; grpc logs each as a WARNING. Only SEVERE problems of the transport are shown
     * (held here: java.util.logging keeps loggers only weakly).
     */
    private static final java.util.logging.Logger TRANSPORT_LOG = libraryLogging();

    private ReattachProcess() {
    }

    /** Serves on an ephemeral loopback port and prints, for a person, how to attach Terraform. */
    static void serveDebug(PrintStream stdout, Provider provider) {
        PluginServer server = PluginServer.start(0, 0, InsecureServerCredentials.create(), sessions(provider));
        String address = server.address().getAddress().getHostAddress() + ":" + server.address().getPort();
        stdout.println("Provider started. To attach Terraform, set TF_REATTACH_PROVIDERS in the shell that runs it:");
        stdout.println();
        stdout.println("\texport TF_REATTACH_PROVIDERS='" + reattach("tcp", address) + "'");
        stdout.println();
        stdout.println("Stop the provider with Ctrl-C.");
        stdout.flush();
        server.awaitTermination();
    }

    /**
     * Serves on a unix socket in a new directory only this user may enter, and prints one line for a script:
     * {@code TF_REATTACH_PROVIDERS=<value>}. SIGTERM or Ctrl-C stops it and removes the socket.
     */
    static void serveWarm(PrintStream stdout, Provider provider) {
        Path dir;
        try {
            dir = Files.createTempDirectory("huaweidr-warm-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new PluginStartException("cannot create a private directory for the socket: " + e.getMessage(), e);
        }
        Path socket = dir.resolve("provider.sock");
        PluginServer server = PluginServer.startOnUnixSocket(socket, sessions(provider));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            socket.toFile().delete();
            dir.toFile().delete();
        }, "warm-stop"));
        stdout.println("TF_REATTACH_PROVIDERS=" + reattach("unix", socket.toString()));
        stdout.flush();
        LOG.info("warm provider serving", "socket", socket);
        server.awaitTermination();
    }

    /** go-plugin's ReattachConfig; {@code Test} keeps Terraform from killing the process after a command. */
    static String reattach(String network, String address) {
        return "{\"" + SOURCE_ADDRESS + "\":{\"Protocol\":\"grpc\",\"ProtocolVersion\":6,\"Pid\":"
                + ProcessHandle.current().pid() + ",\"Test\":true,\"Addr\":{\"Network\":\"" + network
                + "\",\"String\":\"" + address.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}}";
    }

    private static java.util.logging.Logger libraryLogging() {
        JavaLogging.install();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("io.grpc.okhttp.OkHttpServerTransport");
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    private static ConnectionSessions sessions(Provider provider) {
        return new ConnectionSessions(provider,
                ProcessServices.of(() -> LOG.debug("shutdown ignored: the process outlives the command")));
    }
}
