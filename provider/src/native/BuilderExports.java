import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Prints the module options of the builder's JVM: every JDK module but the incubating ones (which would
 * print a warning at every build and be offered to the image), and every package those modules do not
 * export to all, exported to the builder's modules. GraalVM's own launcher passes a list derived the same
 * way; this one is made by the JDK that runs the builder, so it always fits that JDK.
 * Usage: java BuilderExports.java MODULE,MODULE...
 */
public class BuilderExports {
    public static void main(String[] args) {
        String to = args[0];
        Set<String> modules = new TreeSet<>();
        Set<String> exports = new TreeSet<>();
        for (ModuleReference reference : ModuleFinder.ofSystem().findAll()) {
            ModuleDescriptor descriptor = reference.descriptor();
            if (descriptor.name().startsWith("jdk.incubator.")) {
                continue;
            }
            modules.add(descriptor.name());
            Set<String> exported = descriptor.exports().stream()
                    .filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toSet());
            for (String pkg : descriptor.packages()) {
                if (!exported.contains(pkg)) {
                    exports.add("--add-exports=" + descriptor.name() + "/" + pkg + "=" + to);
                }
            }
        }
        System.out.println("--add-modules=" + String.join(",", modules));
        exports.forEach(System.out::println);
    }
}
