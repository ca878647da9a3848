package dev.huaweidr.acc;

/** A Terraform release's version as {@code terraform version -json} reports it, e.g. {@code 1.10.5}. */
public record TerraformVersion(int major, int minor, int patch) implements Comparable<TerraformVersion> {
    /** {@code 1.10.5}, also with a pre-release suffix such as {@code 1.7.5-dev}. */
    static TerraformVersion parse(String text) {
        String[] parts = text.replaceFirst("^v", "").replaceFirst("-.*", "").split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a Terraform version: " + text);
        }
        return new TerraformVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    /** The first release of a minor version such as {@code "1.11"}. */
    public static TerraformVersion ofMinor(String minor) {
        return parse(minor + ".0");
    }

    /** Whether this is the minor version {@code minimum} (e.g. {@code "1.11"}) or a newer one. */
    public boolean atLeast(String minimum) {
        return compareTo(ofMinor(minimum)) >= 0;
    }

    public boolean has(TerraformFeature feature) {
        return atLeast(feature.since());
    }

    @Override
    public int compareTo(TerraformVersion other) {
        return major != other.major ? Integer.compare(major, other.major)
                : minor != other.minor ? Integer.compare(minor, other.minor) : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
