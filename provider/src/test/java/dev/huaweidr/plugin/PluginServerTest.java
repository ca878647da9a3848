package dev.huaweidr.plugin;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.InsecureServerCredentials;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the plugin listens; only ephemeral loopback ports are bound here. */
class PluginServerTest {
    @Test
    void aRangeWithoutAFreePortIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = taken.getLocalPort();
            PluginStartException e = assertThrows(PluginStartException.class,
                    () -> PluginServer.start(port, port, InsecureServerCredentials.create(), DeferredServices.of(List.of())));
            assertTrue(e.getMessage().contains("no free port"), e.getMessage());
        }
    }

    @Test
    void anInvertedRangeIsAClearError() {
        PluginStartException e = assertThrows(PluginStartException.class,
                () -> PluginServer.start(25000, 10000, InsecureServerCredentials.create(), DeferredServices.of(List.of())));
        assertTrue(e.getMessage().contains("PLUGIN_MIN_PORT"), e.getMessage());
    }
}
