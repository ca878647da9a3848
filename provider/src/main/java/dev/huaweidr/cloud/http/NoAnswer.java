package dev.huaweidr.cloud.http;

import dev.huaweidr.cloud.http.AttemptTracker.Stage;
import dev.huaweidr.time.GoDuration;
import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Why an attempt got no HTTP answer, judged from the exception and the stage the attempt had reached: what
 * happened, what the user should check about the endpoint, and whether another attempt could go otherwise.
 */
final class NoAnswer {
    enum Kind {
        /** The endpoint's certificate was refused: every attempt meets the same certificate. */
        UNTRUSTED_CERTIFICATE,
        /** The TLS handshake was refused or not understood (no TLS on that port, no common version). */
        TLS_FAILED,
        /** What came back is not HTTP (a TLS port behind an {@code http://} address, another protocol). */
        NOT_HTTP,
        /** No TCP connection within the connect limit. */
        CONNECT_TIMEOUT,
        /** Connected, but no TLS handshake within the handshake limit. */
        HANDSHAKE_TIMEOUT,
        /** The request went out, but no answer (or a stalled one) within the answer limit. */
        ANSWER_TIMEOUT,
        /** Refused, reset, closed, no such host: a network event that may pass. */
        BROKEN;

        /** Whether the same request to the same endpoint must fail the same way. */
        boolean isDeterministic() {
            return this == UNTRUSTED_CERTIFICATE || this == TLS_FAILED || this == NOT_HTTP;
        }

        /** Silence: what a wrong address looks like, and also a network that drops packets for a while. */
        boolean isTimeout() {
            return this == CONNECT_TIMEOUT || this == HANDSHAKE_TIMEOUT || this == ANSWER_TIMEOUT;
        }
    }

    private final Kind kind;
    private final String reason;
    private final Endpoint endpoint;
    private final AttemptLimits limits;

    private NoAnswer(Kind kind, String reason, Endpoint endpoint, AttemptLimits limits) {
        this.kind = kind;
        this.reason = reason;
        this.endpoint = endpoint;
        this.limits = limits;
    }

    static NoAnswer of(IOException e, Stage stage, Endpoint endpoint, AttemptLimits limits) {
        return new NoAnswer(kind(e, stage), describe(e), endpoint, limits);
    }

    Kind kind() {
        return kind;
    }

    /** The exception's class and message, e.g. {@code SocketTimeoutException: timeout}. */
    String reason() {
        return reason;
    }

    /**
     * Whether another attempt may be made. A deterministic failure never; a timeout only from an endpoint that
     * has answered before in this process: silence from one that never answered is what a wrong address, port
     * or scheme looks like, and each attempt would cost the whole limit again.
     */
    boolean mayRepeat(boolean endpointHasAnswered) {
        return !kind.isDeterministic() && (!kind.isTimeout() || endpointHasAnswered);
    }

    /** What happened, in a few words, e.g. for an unknown outcome. */
    String summary() {
        return switch (kind) {
            case UNTRUSTED_CERTIFICATE -> "the TLS certificate of " + endpoint + " is not trusted: " + reason;
            case TLS_FAILED -> "no TLS session with " + endpoint + ": " + reason;
            case NOT_HTTP -> endpoint + " answered something that is not HTTP: " + reason;
            case CONNECT_TIMEOUT -> "no connection to " + endpoint + " within " + GoDuration.format(limits.connect());
            case HANDSHAKE_TIMEOUT -> endpoint + " accepted the connection but completed no TLS handshake within "
                    + GoDuration.format(limits.tlsHandshake());
            case ANSWER_TIMEOUT -> "no answer from " + endpoint + " within " + GoDuration.format(limits.answer());
            case BROKEN -> "the connection to " + endpoint + " failed: " + reason;
        };
    }

    /** {@link #summary()} and what to check. */
    String explanation() {
        return summary() + ". " + switch (kind) {
            case UNTRUSTED_CERTIFICATE -> "If a private certificate authority issued it, name that authority's "
                    + "certificate in `cacert_file`; for a test endpoint with a self-signed certificate only, set "
                    + "`insecure = true` in the provider block.";
            case TLS_FAILED, HANDSHAKE_TIMEOUT -> endpoint.check("its scheme and port. An endpoint that serves "
                    + "plain HTTP needs an http:// address.");
            case NOT_HTTP -> endpoint.check("its scheme and port. An endpoint that serves HTTPS needs an https:// "
                    + "address.");
            case CONNECT_TIMEOUT -> endpoint.check("its host and port, and that no firewall drops the connection.");
            case ANSWER_TIMEOUT -> endpoint.check("that it is the address of the " + endpoint.service().displayName()
                    + " API: whatever listens there took the request and said nothing.");
            case BROKEN -> endpoint.check("that it is right and reachable from this machine.");
        };
    }

    private static Kind kind(IOException e, Stage stage) {
        if (isUntrustedCertificate(e)) {
            return Kind.UNTRUSTED_CERTIFICATE;
        }
        if (has(e, SocketTimeoutException.class)) {
            return switch (stage) {
                case STARTED, CONNECTING -> Kind.CONNECT_TIMEOUT;
                case TLS_HANDSHAKE -> Kind.HANDSHAKE_TIMEOUT;
                case CONNECTED, SENT, ANSWERING -> Kind.ANSWER_TIMEOUT;
            };
        }
        if (e instanceof SSLException && !has(e, EOFException.class) && !has(e, SocketException.class)) {
            // An alert or bytes that are not TLS; a connection that broke half-way is another matter.
            return Kind.TLS_FAILED;
        }
        if (e instanceof ProtocolException) {
            return Kind.NOT_HTTP;
        }
        return Kind.BROKEN;
    }

    /** A certificate the client refused (chain or host name), as opposed to a connection that broke. */
    private static boolean isUntrustedCertificate(IOException e) {
        return e instanceof SSLPeerUnverifiedException || has(e, CertificateException.class);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
