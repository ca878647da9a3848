package dev.huaweidr.acc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP listener on loopback that is no HTTP server: it takes every connection and either says nothing at all
 * (a firewall that lets the connection in, a service stuck before it reads) or sends fixed bytes whatever it
 * is sent (a plain-HTTP server behind an {@code https://} address answers a TLS ClientHello with a 400).
 * Counts the connections it took, so that a test sees how many attempts were made.
 */
public final class LoopbackListener implements AutoCloseable {
    private final ServerSocket server;
    private final byte[] answer;
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private LoopbackListener(byte[] answer) {
        this.answer = answer;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptAll, "loopback-listener-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Takes connections and never sends a byte; they stay open until {@link #close()}. */
    public static LoopbackListener silent() {
        return new LoopbackListener(null);
    }

    /** Sends {@code text} on every connection at once, then closes it. */
    public static LoopbackListener answering(String text) {
        return new LoopbackListener(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public int port() {
        return server.getLocalPort();
    }

    /** How many connections it took so far. */
    public int accepted() {
        return accepted.get();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                if (answer == null) {
                    open.add(socket);
                } else {
                    answer(socket);
                }
            } catch (IOException closedOrDropped) {
                // closed by close(), or a client that went away first: nothing to do either way
            }
        }
    }

    /**
     * As a server does: reads what came, answers, and reads on until the client closes, so that no unread
     * byte turns the close into a reset that the client might see before the answer.
     */
    private void answer(Socket socket) throws IOException {
        try (socket) {
            socket.setSoTimeout(2_000);
            byte[] request = new byte[16 * 1024];
            socket.getInputStream().read(request);
            socket.getOutputStream().write(answer);
            socket.shutdownOutput();
            while (socket.getInputStream().read(request) >= 0) {
                // until the client closes
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            for (Socket socket : open) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
