package dev.huaweidr.framework.server;

import dev.huaweidr.framework.diag.Diagnostics;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.value.Value;

/**
 * Write-only attributes need Terraform 1.11 or newer, which says it has them in ValidateResourceConfig's
 * client capabilities. An older Terraform takes them for ordinary attributes: it would refuse the plan the
 * framework makes (write-only values null) as "a bug in the provider" and, were they planned, keep the value
 * in the plan and the state. So where Terraform lacks them, a configuration that sets one is refused at the
 * attribute, before anything is planned, with the version it needs and what to set instead.
 */
final class WriteOnlyRequirement {
    private static final String VERSION = "1.11";

    private WriteOnlyRequirement() {
    }

    static void check(Block block, Value config, Diagnostics diagnostics) {
        config.walk((path, value) -> {
            if (value.isNull()) {
                return;
            }
            block.attributeAt(path).filter(Attribute::isWriteOnly).ifPresent(attribute ->
                    diagnostics.error(path, "Write-only attribute needs Terraform " + VERSION, detail(attribute)));
        });
    }

    private static String detail(Attribute attribute) {
        String instead = attribute.writeOnlyAlternative() == null
                ? "Remove it, or upgrade Terraform to " + VERSION + " or newer."
                : "Set `" + attribute.writeOnlyAlternative() + "` instead (kept in the state, marked sensitive), or "
                        + "upgrade Terraform to " + VERSION + " or newer.";
        return "`" + attribute.name() + "` is write-only: Terraform " + VERSION + " and newer pass it to the provider "
                + "without keeping it in the plan or the state. The Terraform running this configuration is older "
                + "and would store it. " + instead;
    }
}
