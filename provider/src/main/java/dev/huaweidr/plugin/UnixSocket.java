package dev.huaweidr.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * One accepted unix-domain connection dressed as a {@link Socket}, for grpc's OkHttp server transport, which
 * reads and writes through a socket's streams from two threads at once. The streams call the channel
 * directly: its reads and writes lock separately, where the JDK 17 stream adapters would serialise them.
 */
final class UnixSocket extends Socket {
    private final SocketChannel channel;
    private final InputStream in;
    private final OutputStream out;

    UnixSocket(SocketChannel channel) {
        this.channel = channel;
        this.in = new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
        this.out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }

    @Override
    public InputStream getInputStream() {
        return in;
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
    }

    /** Unix sockets have no Nagle algorithm to switch off. */
    @Override
    public void setTcpNoDelay(boolean on) {
        // nothing to do
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return address(true);
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return address(false);
    }

    @Override
    public boolean isConnected() {
        return channel.isConnected();
    }

    @Override
    public boolean isClosed() {
        return !channel.isOpen();
    }

    @Override
    public void shutdownInput() throws IOException {
        channel.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        channel.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private SocketAddress address(boolean local) {
        try {
            return local ? channel.getLocalAddress() : channel.getRemoteAddress();
        } catch (IOException e) {
            return null; // closed
        }
    }
}
