package dev.huaweidr.resources;

import dev.huaweidr.cloud.CloudConfig;
import dev.huaweidr.framework.schema.Attribute;
import dev.huaweidr.framework.schema.Block;
import dev.huaweidr.framework.schema.ConfigValidators;
import dev.huaweidr.framework.schema.Schema;
import dev.huaweidr.framework.schema.Validators;
import dev.huaweidr.framework.value.Type;

/** The {@code provider "huaweidr"} block. Every setting also has an environment variable. */
final class ProviderSchema {
    static final String[] SERVICES = {"geminidb", "dws", "dcs", "iam", "vpc"};

    private ProviderSchema() {
    }

    static Schema schema() {
        return Schema.of(Block.of(
                Attribute.string("region").optional()
                        .validators(Regions.validator())
                        .description("The region resources are managed in unless they name their own, e.g. "
                                + "`ap-southeast-1`. Environment: `HW_REGION_NAME`."),
                Attribute.string("project_id").optional()
                        .validators(CloudIds.validator())
                        .description("The IAM project of `region`. Discovered through IAM when not given. "
                                + "Environment: `HW_PROJECT_ID`."),
                Attribute.string("access_key").optional().sensitive()
                        .validators(Validators.notBlank())
                        .description("Access key (AK) for signed requests. Environment: `HW_ACCESS_KEY`."),
                Attribute.string("secret_key").optional().sensitive()
                        .validators(Validators.notBlank())
                        .description("Secret key (SK) for signed requests. Environment: `HW_SECRET_KEY`."),
                Attribute.string("security_token").optional().sensitive()
                        .validators(Validators.notBlank())
                        .description("Security token of temporary credentials, sent with the AK/SK "
                                + "signature. Environment: `HW_SECURITY_TOKEN`."),
                Attribute.string("auth_token").optional().sensitive()
                        .validators(Validators.notBlank())
                        .description("An IAM token sent as `X-Auth-Token` instead of AK/SK signing. "
                                + "Environment: `HW_AUTH_TOKEN`."),
                Attribute.of("endpoints", Type.map(Type.STRING)).optional()
                        .validators(Validators.keysAmong(SERVICES), Validators.eachValue(Validators.check(
                                u -> CloudConfig.isEndpointOverride(u.asString()),
                                "an absolute `http://` or `https://` base URL without a query")))
                        .description("Base URLs overriding a service's endpoint, e.g. "
                                + "`{ geminidb = \"https://gaussdb-nosql.{region}.example.com\" }`. "
                                + "`{region}` is replaced by the region of each call. Services: "
                                + "`geminidb`, `dws`, `dcs`, `iam`, `vpc`."),
                Attribute.string("cacert_file").optional()
                        .validators(Validators.lengthBetween(1, 4096))
                        .description("Path of a PEM file with the certificates of further certificate "
                                + "authorities to trust for the cloud endpoints (a private cloud's, a TLS-inspecting "
                                + "proxy's), besides those the machine trusts (read when the provider runs: `SSL_CERT_FILE`, "
                                + "`SSL_CERT_DIR`, else the system's bundle, as for Terraform). A relative path is "
                                + "resolved in the directory Terraform runs in (for a `--warm` provider, the one it "
                                + "was started in). Environment: `HW_CACERT_FILE`."),
                Attribute.bool("insecure").optional()
                        .description("Skip TLS certificate verification of the cloud endpoints. Dangerous: "
                                + "for test endpoints only; prefer `cacert_file`. Environment: `HW_INSECURE`."),
                Attribute.number("max_retries").optional()
                        .validators(Validators.integerBetween(0, 100))
                        .description("How often a throttled, busy or failed request is retried (default 5). "
                                + "Environment: `HW_MAX_RETRIES`."))
                .description("Manages Huawei Cloud disaster-recovery and high-availability set-ups."))
                .configValidators(
                        ConfigValidators.requiredTogether("access_key", "secret_key"),
                        ConfigValidators.conflicting("auth_token", "access_key"));
    }
}
