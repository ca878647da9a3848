package dev.huaweidr.emulator.server;

/** An injected fault asks to drop the connection without an answer. */
final class ConnectionReset extends RuntimeException {
    ConnectionReset() {
        super("connection reset by fault", null, false, false);
    }
}
