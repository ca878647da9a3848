package dev.huaweidr.cloud.http;

import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Remembers whether an attempt began writing its request. A failure before that point (connect refused,
 * DNS, TLS handshake) cannot have reached the service, so even a change request may be repeated.
 */
final class SendTracker {
    private volatile boolean sent;

    boolean sent() {
        return sent;
    }

    /** Attach with {@code Request.Builder.tag(SendTracker.class, tracker)}. */
    static final EventListener.Factory LISTENER = call -> new EventListener() {
        @Override
        public void requestHeadersStart(Call c) {
            SendTracker tracker = c.request().tag(SendTracker.class);
            if (tracker != null) {
                tracker.sent = true;
            }
        }
    };
}
