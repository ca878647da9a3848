package dev.huaweidr.plugin;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import javax.net.ServerSocketFactory;

/**
 * A unix-domain listening socket (JDK 16+ channels) dressed as the {@link ServerSocket} that grpc's OkHttp
 * server binds, accepts on and closes; nothing else of ServerSocket is used.
 */
final class UnixServerSocket extends ServerSocket {
    private final ServerSocketChannel channel;

    private UnixServerSocket() throws IOException {
        this.channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    }

    static ServerSocketFactory factory() {
        return new ServerSocketFactory() {
            @Override
            public ServerSocket createServerSocket() throws IOException {
                return new UnixServerSocket();
            }

            @Override
            public ServerSocket createServerSocket(int port) {
                throw new UnsupportedOperationException("a unix socket has a path, not a port");
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog) {
                throw new UnsupportedOperationException("a unix socket has a path, not a port");
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog, java.net.InetAddress address) {
                throw new UnsupportedOperationException("a unix socket has a path, not a port");
            }
        };
    }

    @Override
    public void bind(SocketAddress endpoint) throws IOException {
        channel.bind(endpoint);
    }

    @Override
    public void bind(SocketAddress endpoint, int backlog) throws IOException {
        channel.bind(endpoint, backlog);
    }

    @Override
    public Socket accept() throws IOException {
        return new UnixSocket(channel.accept());
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        try {
            return channel.getLocalAddress();
        } catch (IOException e) {
            return null; // closed
        }
    }

    @Override
    public boolean isBound() {
        return getLocalSocketAddress() != null;
    }

    @Override
    public boolean isClosed() {
        return !channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
