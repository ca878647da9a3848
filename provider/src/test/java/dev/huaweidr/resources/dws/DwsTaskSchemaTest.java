package dev.huaweidr.resources.dws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huaweidr.framework.diag.Diagnostic;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.value.Type;
import dev.huaweidr.framework.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sync period's syntax, and where the standby may be for each {@code dr_type}. */
class DwsTaskSchemaTest {
    @Test
    void aSyncPeriodIsOneTo3000AndAUnitAsDwsWritesIt() {
        for (String valid : new String[] {"1m", "30m", "2H", "1d", "3000m", "999d"}) {
            assertTrue(DwsTaskSchema.isSyncPeriod(valid), valid);
        }
        for (String invalid : new String[] {"0m", "3001m", "20M", "2h", "20", "m", "020m", "1.5H", " 20m", "20m "}) {
            assertFalse(DwsTaskSchema.isSyncPeriod(invalid), invalid);
        }
    }

    @Test
    void aCrossRegionTaskNeedsAStandbyInAnotherRegion() {
        assertEquals(List.of("dr_type: Missing standby_region"), errors("region", "ap-southeast-1", null, null));
        assertEquals(List.of("standby_region: Standby in the primary's region"),
                errors("region", "ap-southeast-1", "ap-southeast-1", null));
        assertEquals(List.of(), errors("region", "ap-southeast-1", "ap-southeast-3", "p3"));
        assertEquals(List.of(), errors("region", null, "ap-southeast-3", null),
                "the provider's region is not known yet: the plan checks again");
    }

    @Test
    void aCrossAzTaskKeepsItsStandbyInTheTasksRegionAndProject() {
        assertEquals(List.of(), errors("az", "ap-southeast-1", null, null));
        assertEquals(List.of(), errors("az", "ap-southeast-1", "ap-southeast-1", null));
        assertEquals(List.of("standby_region: Standby in another region"),
                errors("az", "ap-southeast-1", "ap-southeast-3", null));
        assertEquals(List.of("standby_project_id: Not a cross-region task"),
                errors("az", null, null, "p1"));
    }

    @Test
    void unknownValuesPassForNow() {
        Value config = config("region", "ap-southeast-1", null, null).withAttr("standby_region",
                Value.unknown(Type.STRING));
        Diagnostics diagnostics = new Diagnostics();
        new DwsTaskSchema.StandbyPlacement().validate(config, diagnostics);
        assertEquals(List.of(), diagnostics.all());
    }

    private static List<String> errors(String type, String region, String standbyRegion, String standbyProject) {
        Diagnostics diagnostics = new Diagnostics();
        new DwsTaskSchema.StandbyPlacement().validate(config(type, region, standbyRegion, standbyProject),
                diagnostics);
        return diagnostics.all().stream().map(DwsTaskSchemaTest::shown).toList();
    }

    private static String shown(Diagnostic d) {
        return d.path() + ": " + d.summary();
    }

    private static Value config(String type, String region, String standbyRegion, String standbyProject) {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("dr_type", Value.string(type));
        attributes.put("region", string(region));
        attributes.put("standby_region", string(standbyRegion));
        attributes.put("standby_project_id", string(standbyProject));
        return Value.object(Type.object(Map.of("dr_type", Type.STRING, "region", Type.STRING, "standby_region",
                Type.STRING, "standby_project_id", Type.STRING)), attributes);
    }

    private static Value string(String s) {
        return s == null ? Value.nullOf(Type.STRING) : Value.string(s);
    }
}
