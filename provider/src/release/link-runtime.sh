#!/bin/sh
# Links the Java runtime that the release zip carries (runtime/), so that the provider runs where Terraform
# runs without a Java install. Usage: link-runtime.sh JDK PLATFORM CLASSES CLASSPATH OUT
#   JDK        the JDK whose runtime is linked (its jlink, jdeps and modules)
#   PLATFORM   the registry platform the zip is named for, e.g. linux_amd64: it must be the JDK's own, as
#              jlink links the modules of the JDK it runs from
#   CLASSES    the provider's classes; CLASSPATH everything they run with
#   OUT        the runtime directory to write; kept as it is when the same JDK would link the same modules
set -eu
jdk=$1 platform=$2 classes=$3 classpath=$4 out=$5

release_field() {
    sed -n "s/^$1=\"\(.*\)\"$/\1/p" "$jdk/release"
}

os=$(release_field OS_NAME | tr '[:upper:]' '[:lower:]')
case $(release_field OS_ARCH) in
    x86_64 | amd64) arch=amd64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) arch=$(release_field OS_ARCH) ;;
esac
if [ "${os}_$arch" != "$platform" ]; then
    echo "The JDK $jdk is for ${os}_$arch, not $platform: jlink can only link a runtime of its own platform." >&2
    exit 1
fi
version=$(release_field JAVA_VERSION)
feature=${version%%.*}

# What the provider's code needs, as jdeps sees it on the whole class path (several jars are multi-release).
# C1 only: jdeps runs for seconds, too short for the optimizing compiler to pay off (~30% faster).
needed=$("$jdk/bin/jdeps" -J-XX:TieredStopAtLevel=1 --print-module-deps --ignore-missing-deps \
    --multi-release "$feature" --class-path "$classpath" "$classes")
# Security providers are services that jdeps cannot see. Without one of those java.security names, the JDK
# looks for it on the class path and instantiates BouncyCastle's provider there: ~0.3 s more per launch.
providers=$("$jdk/bin/jlink" --add-modules java.base --suggest-providers java.security.Provider \
    | sed -n 's/^ *\([a-z.]*\) provides java.security.Provider.*/\1/p' | paste -sd, -)
modules=$(echo "$needed,$providers" | tr , '\n' | sort -u | paste -sd, -)

# JDK 24+ warns on stderr when protobuf and msgpack use sun.misc.Unsafe; older JDKs reject the flag.
options=
if [ "$feature" -ge 24 ]; then
    options=--sun-misc-unsafe-memory-access=allow
fi

stamp="$jdk $version $modules $options"
if [ -f "$out.stamp" ] && [ "$(cat "$out.stamp")" = "$stamp" ] && [ -x "$out/bin/java" ]; then
    echo "Java runtime up to date: $out"
    exit 0
fi

rm -rf "$out" "$out.linked" "$out.stamp"
# No --compress: the zip compresses better without it (33 MB instead of 39), and nothing is inflated at
# class load. --generate-cds-archive: the JDK's class-data archive, which start-up relies on.
"$jdk/bin/jlink" --add-modules "$modules" ${options:+--add-options="$options"} \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$out.linked" >/dev/null
# Terraform unpacks a symbolic link as a file holding the link's target: copy what the links point to.
cp -RL "$out.linked" "$out"
rm -rf "$out.linked"
echo "$stamp" >"$out.stamp"
echo "Linked a Java $version runtime for $platform into $out: $modules"
