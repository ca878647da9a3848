package dev.huaweidr.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * How to start an {@link Emulator}. Start from {@link #defaults()} and change what you need:
 * {@code EmulatorOptions.defaults().withJobMillis(150)}.
 *
 * @param port       TCP port on 127.0.0.1; 0 = ephemeral
 * @param seed       topology seed file; null = the bundled quickstart seed
 * @param state      state file: loaded at start if it exists, rewritten on every change; null = memory only
 * @param jobMillis  default duration of asynchronous jobs and transitions
 * @param clock      the clock jobs and signature dates are judged by
 * @param requestLog where to log one line per request; null = no log
 * @param tlsCert    PEM certificate (chain) to serve HTTPS with; null = plain HTTP
 * @param tlsKey     PEM PKCS#8 private key for {@code tlsCert}
 * @param latencyMillis delay before every cloud call is handled, as a real endpoint's round trip; 0 = none
 */
public record EmulatorOptions(int port, Path seed, Path state, long jobMillis, Clock clock, PrintStream requestLog,
                              Path tlsCert, Path tlsKey, long latencyMillis) {
    public static final long DEFAULT_JOB_MILLIS = 2000;

    public EmulatorOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (jobMillis < 0) {
            throw new IllegalArgumentException("jobMillis must be >= 0");
        }
        if (latencyMillis < 0) {
            throw new IllegalArgumentException("latencyMillis must be >= 0");
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("TLS needs both a certificate and a key");
        }
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    public static EmulatorOptions defaults() {
        return new EmulatorOptions(0, null, null, DEFAULT_JOB_MILLIS, Clock.systemUTC(), null, null, null, 0);
    }

    public EmulatorOptions withPort(int port) {
        return new EmulatorOptions(port, seed, state, jobMillis, clock, requestLog, tlsCert, tlsKey, latencyMillis);
    }

    public EmulatorOptions withSeed(Path seed) {
        return new EmulatorOptions(port, seed, state, jobMillis, clock, requestLog, tlsCert, tlsKey, latencyMillis);
    }

    public EmulatorOptions withState(Path state) {
        return new EmulatorOptions(port, seed, state, jobMillis, clock, requestLog, tlsCert, tlsKey, latencyMillis);
    }

    public EmulatorOptions withJobMillis(long jobMillis) {
        return new EmulatorOptions(port, seed, state, jobMillis, clock, requestLog, tlsCert, tlsKey, latencyMillis);
    }

    public EmulatorOptions withClock(Clock clock) {
        return new EmulatorOptions(port, seed, state, jobMillis, clock, requestLog, tlsCert, tlsKey, latencyMillis);
    }

    public EmulatorOptions withRequestLog(PrintStream requestLog) {
        return new EmulatorOptions(port, seed, state, jobMillis, clock, requestLog, tlsCert, tlsKey, latencyMillis);
    }

    public EmulatorOptions withTls(Path cert, Path key) {
        return new EmulatorOptions(port, seed, state, jobMillis, clock, requestLog, cert, key, latencyMillis);
    }

    public EmulatorOptions withLatencyMillis(long latencyMillis) {
        return new EmulatorOptions(port, seed, state, jobMillis, clock, requestLog, tlsCert, tlsKey, latencyMillis);
    }
}
