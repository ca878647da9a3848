package dev.huaweidr.framework.value;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Renders values as Terraform's console would, with sensitive parts replaced by {@code (sensitive)}. */
final class ValueText {
    private ValueText() {
    }

    @SuppressWarnings("unchecked")
    static void render(Value v, StringBuilder out) {
        Object payload = v.rawPayload();
        Type type = v.type();
        if (v.isSensitive()) {
            out.append("(sensitive)");
        } else if (!v.isKnown()) {
            out.append("(known after apply)");
        } else if (payload == null) {
            out.append("null");
        } else if (type == Type.STRING) {
            quote((String) payload, out);
        } else if (type == Type.NUMBER) {
            out.append(v.asNumber().toPlainString());
        } else if (type == Type.BOOL) {
            out.append(payload);
        } else if (type.isObject()) {
            renderEntries((Map<String, Value>) payload, false, out.append('{')).append('}');
        } else if (type.isMap()) {
            renderEntries((Map<String, Value>) payload, true, out.append("tomap({")).append("})");
        } else if (type.isSet()) {
            renderElements((List<Value>) payload, out.append("toset([")).append("])");
        } else {
            renderElements((List<Value>) payload, out.append('[')).append(']');
        }
    }

    private static StringBuilder renderElements(List<Value> elements, StringBuilder out) {
        for (Iterator<Value> it = elements.iterator(); it.hasNext(); ) {
            render(it.next(), out);
            if (it.hasNext()) {
                out.append(", ");
            }
        }
        return out;
    }

    private static StringBuilder renderEntries(Map<String, Value> entries, boolean quoteKeys, StringBuilder out) {
        for (Iterator<Map.Entry<String, Value>> it = entries.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Value> entry = it.next();
            if (quoteKeys) {
                quote(entry.getKey(), out);
            } else {
                out.append(entry.getKey());
            }
            render(entry.getValue(), out.append(" = "));
            if (it.hasNext()) {
                out.append(", ");
            }
        }
        return out;
    }

    /** A double-quoted string with JSON-style escapes, so control characters cannot garble a log line. */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
