package dev.huaweidr.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.huaweidr.framework.TestValues;
import dev.huaweidr.framework.diag.Diagnostic;
import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.resource.ObjectData;
import dev.huaweidr.framework.value.AttributePath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The provider block's environment variables bypass the schema's validation: a bad one is an error at the
 * attribute it stands for, never an exception when the cloud client is built.
 */
class ProviderSettingsTest {
    @Test
    void badEnvironmentVariablesAreErrorsAtTheirAttributes() {
        ObjectData unset = new ObjectData(TestValues.object(ProviderSchema.schema().type()));
        Diagnostics diagnostics = new Diagnostics();
        assertNull(ProviderSettings.resolve(unset, Map.of("HW_REGION_NAME", "NOT A REGION", "HW_PROJECT_ID", "..",
                "HW_MAX_RETRIES", "-1", "HW_AUTH_TOKEN", "t"), diagnostics));
        List<Diagnostic> errors = diagnostics.all();
        assertEquals(List.of(AttributePath.root().attr("region"), AttributePath.root().attr("project_id"),
                AttributePath.root().attr("max_retries")), errors.stream().map(Diagnostic::path).toList());
        assertEquals("HW_REGION_NAME (\"NOT A REGION\") is not a region name such as `ap-southeast-1` or "
                + "`cn-north-4`.", errors.get(0).detail());
        assertEquals("HW_MAX_RETRIES must be a whole number from 0 to 100; got \"-1\".", errors.get(2).detail());
    }
}
