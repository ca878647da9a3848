#!/bin/sh
# Completes the registry release in DIR beside its zips: the manifest (which protocol versions the provider
# speaks; without it the registry assumes 5.0) and the SHA256SUMS of every zip and the manifest, which a
# publisher signs. Usage: checksums.sh DIR NAME VERSION MANIFEST
set -eu
dir=$1 name=$2 version=$3 manifest=$4
prefix="${name}_$version"

cp "$manifest" "$dir/${prefix}_manifest.json"
cd "$dir"
sha256sum "${prefix}"_*.zip "${prefix}_manifest.json" >"${prefix}_SHA256SUMS"
