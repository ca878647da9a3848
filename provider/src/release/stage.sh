#!/bin/sh
# Lays out what the registry zip of this platform holds, in STAGE, for the release assembly to zip:
#   - where the build made the native executable (target/native): it, under the registry's name, and lib/,
#     the JDK shared libraries it loads (found through its RUNPATH, $ORIGIN/lib);
#   - else the JVM launcher under the registry's name, its jars and class list in lib/ (not the build's own
#     class archive, which cannot fit an install: the first launch makes its own) and the linked runtime/.
# File modes are kept: Terraform keeps them when it unpacks the zip.
# Usage: stage.sh STAGE NATIVE DIST RUNTIME VERSION
set -eu
stage=$1 native=$2 dist=$3 runtime=$4 version=$5
executable=terraform-provider-huaweidr_v$version

rm -rf "$stage"
mkdir -p "$stage/lib"
if [ -x "$native/terraform-provider-huaweidr" ]; then
    cp -p "$native/terraform-provider-huaweidr" "$stage/$executable"
    cp -p "$native"/lib/*.so "$stage/lib/"
    echo "Release: the native executable"
else
    cp -p "$dist/terraform-provider-huaweidr" "$stage/$executable"
    for file in "$dist"/lib/*; do
        case ${file##*/} in startup.jsa | startup.release) ;; *) cp -p "$file" "$stage/lib/" ;; esac
    done
    cp -Rp "$runtime" "$stage/runtime"
    echo "Release: the JVM launcher with its Java runtime"
fi
