package dev.huaweidr.cloud.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import javax.net.ssl.SSLSocketFactory;

/**
 * Bounds the TLS handshake on its own: OkHttp reads the handshake under its read timeout, which is meant for
 * an answer, and sets that timeout again once the connection is made. A listener that takes the connection
 * but does not speak TLS (a plain-HTTP port behind an {@code https://} address) is found out in
 * {@code limit} instead.
 */
final class HandshakeLimit extends SSLSocketFactory {
    private final SSLSocketFactory delegate;
    private final int limitMillis;

    HandshakeLimit(SSLSocketFactory delegate, Duration limit) {
        this.delegate = delegate;
        this.limitMillis = Math.toIntExact(limit.toMillis());
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return limited(delegate.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return limited(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return limited(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return limited(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return limited(delegate.createSocket(address, port, localAddress, localPort));
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    private Socket limited(Socket socket) throws SocketException {
        socket.setSoTimeout(limitMillis);
        return socket;
    }
}
