package dev.huaweidr.emulator.admin;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Cloud calls per route ({@code "METHOD /template"}), counted whether they succeeded, failed or were faulted. */
public final class CallCounter {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void count(String routeKey) {
        counts.computeIfAbsent(routeKey, k -> new LongAdder()).increment();
    }

    Map<String, Long> snapshot() {
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((key, count) -> result.put(key, count.sum()));
        return result;
    }

    void clear() {
        counts.clear();
    }
}
