package dev.huaweidr.framework.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.huaweidr.framework.value.AttributePath;
import dev.huaweidr.framework.value.Value;
import java.io.IOException;

/** The one Jackson configuration both JSON codecs use, and the translation of Jackson's errors. */
final class JsonSupport {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    // Each value level costs at most two JSON levels (a dynamic wrapper adds one).
                    .maxNestingDepth(2 * Limits.MAX_DEPTH + 2)
                    .maxNumberLength(2 * Value.MAX_NUMBER_DIGITS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonSupport() {
    }

    /**
     * Jackson's messages quote the offending input, which may be a secret, so only the position is kept.
     */
    static CodecException malformed(AttributePath path, IOException e) {
        if (e instanceof StreamConstraintsException) {
            return new CodecException(path, "JSON nested too deeply or holding an over-long number");
        }
        if (e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null) {
            JsonProcessingException problem = (JsonProcessingException) e;
            JsonLocation at = problem.getLocation();
            String what = String.valueOf(problem.getOriginalMessage()).startsWith("Duplicate field")
                    ? "duplicate key in a JSON object" : "malformed JSON";
            return new CodecException(path, what + " at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
        return new CodecException(path, "malformed JSON");
    }

    /** Fails unless the parser has reached the end of its input. */
    static void requireEnd(JsonParser parser, AttributePath path) throws IOException, CodecException {
        if (parser.nextToken() != null) {
            throw new CodecException(path, "unexpected content after the JSON value");
        }
    }

    /** The next token, failing on a premature end of input. */
    static JsonToken next(JsonParser parser, AttributePath path) throws IOException, CodecException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new CodecException(path, "JSON input ends too early");
        }
        return token;
    }

    /** "a JSON string" etc., for "X is required, got Y" messages. */
    static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT:
                return "a JSON object";
            case START_ARRAY:
                return "a JSON array";
            case VALUE_STRING:
                return "a JSON string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a JSON number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a JSON bool";
            case VALUE_NULL:
                return "null";
            default:
                return "JSON token " + token;
        }
    }
}
