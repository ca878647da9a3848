package dev.huaweidr.framework.value;

/** {@code string}, {@code number} or {@code bool}; the only instances are {@link Type#STRING}, {@link Type#NUMBER}, {@link Type#BOOL}. */
public final class PrimitiveType implements Type {
    private final String name;

    PrimitiveType(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
