package dev.huaweidr.emulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A raw query string split into decoded key/value pairs, in order; a bare key gets an empty value. */
public final class QueryString {
    private QueryString() {
    }

    public static List<Map.Entry<String, String>> parse(String rawQuery) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = PercentCoding.decode(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : PercentCoding.decode(part.substring(eq + 1));
            pairs.add(Map.entry(key, value));
        }
        return pairs;
    }
}
