package dev.huaweidr.acc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Terraform CLIs a version-matrix test runs on, oldest first: those the build lists in the system property
 * {@code huaweidr.terraform.versions} (paths, comma-separated: `make test` gives the oldest supported and the
 * newest, `make test-versions` every supported minor version, scripts/terraform-versions), else the one of
 * {@code TF_ACC_TERRAFORM_PATH} alone. Use as {@code @MethodSource("dev.huaweidr.acc.TerraformVersions#matrix")}.
 */
public final class TerraformVersions {
    private static final String PROPERTY = "huaweidr.terraform.versions";

    private TerraformVersions() {
    }

    /** The oldest minor version huaweidr supports, e.g. {@code "1.6"}: the first of scripts/terraform-versions. */
    public static String oldestSupported() {
        try (Stream<String> lines = Files.lines(ProjectRoot.path().resolve("scripts/terraform-versions"))) {
            return lines.filter(line -> line.matches("^\\d+\\.\\d+\\s.*")).map(line -> line.split("\\s+")[0])
                    .findFirst().orElseThrow(() -> new IllegalStateException("scripts/terraform-versions lists none"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<TerraformCli> matrix() {
        String listed = System.getProperty(PROPERTY, "");
        if (listed.isBlank()) {
            return List.of(TerraformCli.find());
        }
        return Arrays.stream(listed.split(",")).map(String::strip).filter(p -> !p.isEmpty()).map(Path::of)
                .map(binary -> {
                    if (!Files.isExecutable(binary)) {
                        throw new IllegalStateException(PROPERTY + " names " + binary + ", which is not executable");
                    }
                    return TerraformCli.at(binary);
                })
                .sorted(Comparator.comparing(TerraformCli::version))
                .toList();
    }
}
