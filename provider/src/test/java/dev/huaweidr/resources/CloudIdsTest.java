package dev.huaweidr.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which ids and regions are accepted where users give them, and what the refusal says. */
class CloudIdsTest {
    @Test
    void cloudIdsAreHexUuidsAndTheEmulatorsNames() {
        for (String id : new String[] {"3149aee486d748f68db1ee81e95b9f56in06", "a3f1c0de-4b2a-4f7e-9c1d-2e3f4a5b6c7d",
                "redis-a-in12", "dws_dr.task-1", "t"}) {
            assertNull(CloudIds.problem(id), id);
        }
    }

    @Test
    void idsThatWouldChangeOrBreakAnApiPathAreRefused() {
        assertEquals("empty", CloudIds.problem(""));
        assertEquals("empty", CloudIds.problem(null));
        for (String id : new String[] {"..", ".", ".hidden", "a/b", "a b", "a:b", "a?b", "a%2Fb", "-a", " a"}) {
            assertTrue(CloudIds.problem(id).startsWith("not an id of letters, digits"), id);
        }
    }

    @Test
    void regions() {
        assertNull(Regions.problem("ap-southeast-1"));
        assertNull(Regions.problem("eu-west-101"));
        assertEquals("empty", Regions.problem(""));
        for (String region : new String[] {"NOT A REGION", "ap_southeast_1", "Mars-1", "ap-southeast-1.evil.com"}) {
            assertEquals("not a region name such as `ap-southeast-1` or `cn-north-4`", Regions.problem(region), region);
        }
    }
}
