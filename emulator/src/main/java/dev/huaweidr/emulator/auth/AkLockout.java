package dev.huaweidr.emulator.auth;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** As the real gateway: five consecutive signature failures lock an AK for five minutes. */
final class AkLockout {
    static final int MAX_FAILURES = 5;
    static final long LOCK_MILLIS = 5 * 60 * 1000;

    private record Failures(int count, long lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    AkLockout(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean locked(String ak) {
        Failures f = failures.get(ak);
        return f != null && f.lockedUntil() > clock.millis();
    }

    synchronized void failed(String ak) {
        Failures f = failures.get(ak);
        int count = f == null || f.lockedUntil() != 0 ? 1 : f.count() + 1;
        failures.put(ak, count >= MAX_FAILURES ? new Failures(0, clock.millis() + LOCK_MILLIS) : new Failures(count, 0));
    }

    synchronized void succeeded(String ak) {
        failures.remove(ak);
    }

    synchronized void clear() {
        failures.clear();
    }
}
