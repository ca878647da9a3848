package dev.huaweidr.plugin.nativeimage;

import org.graalvm.nativeimage.hosted.Feature;
import org.graalvm.nativeimage.hosted.RuntimeReflection;

/**
 * Build-time part of the native executable (provider/src/native/build.sh names it; the JVM never loads it):
 * every record of this provider that the image can reach keeps its components, accessors, constructors and
 * fields for reflection. The framework's {@code Models} maps schema values onto records through their
 * components, and Jackson binds the cloud's answers the same way; a native image keeps no reflection data
 * unless told, and a record would then silently lose its fields. Found by reachability, so a record added
 * later is covered without a list to keep up to date.
 */
public final class RecordReflection implements Feature {
    @Override
    public String getDescription() {
        return "Keeps the components of huaweidr's records for reflection";
    }

    @Override
    public void beforeAnalysis(BeforeAnalysisAccess access) {
        access.registerSubtypeReachabilityHandler((duringAnalysis, type) -> {
            if (type.getName().startsWith("dev.huaweidr.")) {
                register(type);
            }
        }, Record.class);
    }

    private static void register(Class<?> record) {
        RuntimeReflection.register(record);
        RuntimeReflection.registerAllRecordComponents(record);
        RuntimeReflection.registerAllDeclaredConstructors(record);
        RuntimeReflection.registerAllDeclaredMethods(record);
        RuntimeReflection.registerAllDeclaredFields(record);
        RuntimeReflection.register(record.getDeclaredConstructors());
        RuntimeReflection.register(record.getDeclaredMethods());
        RuntimeReflection.register(record.getDeclaredFields());
    }
}
