package dev.huaweidr.cloud.http;

import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;

/**
 * How far one attempt got, so that its failure is judged by where it happened. A failure before the request
 * was being written (connect refused, DNS, TLS handshake) cannot have reached the service, so even a change
 * request may be repeated; a timeout says which limit passed (connect, TLS handshake, answer).
 */
final class AttemptTracker {
    /** The stages of an attempt, in order. */
    enum Stage { STARTED, CONNECTING, TLS_HANDSHAKE, CONNECTED, SENT, ANSWERING }

    private volatile Stage stage = Stage.STARTED;

    Stage stage() {
        return stage;
    }

    /** Whether the request began to be written: from then on a change request may have been applied. */
    boolean sent() {
        return stage.compareTo(Stage.SENT) >= 0;
    }

    /** Stages only move forward (with several addresses, OkHttp may start connecting to another one late). */
    private void reached(Stage next) {
        if (next.compareTo(stage) > 0) {
            stage = next;
        }
    }

    /** Attach with {@code Request.Builder.tag(AttemptTracker.class, tracker)}. */
    static final EventListener.Factory LISTENER = call -> new EventListener() {
        @Override
        public void connectStart(Call c, InetSocketAddress address, Proxy proxy) {
            reach(c, Stage.CONNECTING);
        }

        @Override
        public void secureConnectStart(Call c) {
            reach(c, Stage.TLS_HANDSHAKE);
        }

        @Override
        public void connectionAcquired(Call c, Connection connection) {
            reach(c, Stage.CONNECTED);
        }

        @Override
        public void requestHeadersStart(Call c) {
            reach(c, Stage.SENT);
        }

        @Override
        public void responseHeadersStart(Call c) {
            reach(c, Stage.ANSWERING);
        }

        private void reach(Call c, Stage next) {
            AttemptTracker tracker = c.request().tag(AttemptTracker.class);
            if (tracker != null) {
                tracker.reached(next);
            }
        }
    };
}
