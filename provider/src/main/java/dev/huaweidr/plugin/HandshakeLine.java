package dev.huaweidr.plugin;

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
        return CORE_PROTOCOL + "|" + APP_PROTOCOL + "|tcp|" + address.getAddress().getHostAddress() + ":"
                + address.getPort() + "|grpc|" + (certificate == null ? "" : certificate);
    }
}
