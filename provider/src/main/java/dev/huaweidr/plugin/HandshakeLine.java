package dev.huaweidr.plugin;

import java.net.Inet6Address;
import java.net.InetSocketAddress;

/**
 * The one line go-plugin's client reads from our stdout: {@code CORE|APP|NETWORK|ADDRESS|PROTOCOL|CERT}.
 * It is the first and only thing the plugin ever writes there.
 */
final class HandshakeLine {
    /** go-plugin's core protocol version. */
    static final int CORE_PROTOCOL = 1;
    /** tfplugin6. */
    static final int APP_PROTOCOL = 6;

    private HandshakeLine() {
    }

    /**
     * @param certificate the server certificate as {@link ServerCertificate#handshakeEncoding()}, or null
     *     when serving plaintext (the field is then empty)
     */
    static String format(InetSocketAddress address, String certificate) {
        String host = address.getAddress().getHostAddress();
        // Go's net.Dial needs an IPv6 host in brackets, or it cannot tell the port from the address.
        if (address.getAddress() instanceof Inet6Address) {
            host = "[" + host + "]";
        }
        return CORE_PROTOCOL + "|" + APP_PROTOCOL + "|tcp|" + host + ":" + address.getPort() + "|grpc|"
                + (certificate == null ? "" : certificate);
    }
}
