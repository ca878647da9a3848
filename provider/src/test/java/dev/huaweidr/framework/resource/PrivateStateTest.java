package dev.huaweidr.framework.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes a resource keeps beside its state; Terraform hands back exactly what it was given. */
class PrivateStateTest {
    @Test
    void entriesRoundTripThroughTheBytes() {
        PrivateState state = new PrivateState();
        state.set("etag", "v7");
        state.set("job", "j-\"quoted\"\n\u00e9\u4e2d");
        state.set("gone", "x");
        state.set("gone", null);
        PrivateState back = PrivateState.decode(state.encode());
        assertEquals("v7", back.get("etag"));
        assertEquals("j-\"quoted\"\n\u00e9\u4e2d", back.get("job"));
        assertNull(back.get("gone"), "setting null removes the entry");
        assertArrayEquals(state.encode(), back.encode(), "stable bytes: no spurious private-state changes");
    }

    @Test
    void nothingIsEmptyBytes() {
        assertArrayEquals(new byte[0], new PrivateState().encode());
        assertNull(PrivateState.decode(null).get("etag"));
        assertNull(PrivateState.decode(new byte[0]).get("etag"));
    }

    @Test
    void unreadableBytesCountAsEmpty() {
        for (String garbage : List.of("not json", "[\"etag\", \"v7\"]", "{\"etag\": ", "{\"etag\": 7}",
                "{\"etag\": {\"nested\": \"v\"}}", "\"etag\"", "{\"etag\": \"v7\"} trailing")) {
            PrivateState state = PrivateState.decode(garbage.getBytes(StandardCharsets.UTF_8));
            assertNull(state.get("etag"), garbage);
            assertNull(state.get("nested"), garbage);
            assertArrayEquals(new byte[0], state.encode(), garbage);
        }
        byte[] binary = {(byte) 0xff, 0x00, (byte) 0xc3, 0x28};
        assertArrayEquals(new byte[0], PrivateState.decode(binary).encode());
    }
}
