#!/usr/bin/env bash
# The quickstart story, end to end, against the emulator: apply a DR set-up, see the plan clean, break it
# out of band, catch the drift as CI would, repair it, run an action, query what exists, destroy. Run
# through `make demo`, which builds everything and finds (or installs) Terraform first.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
terraform=${TERRAFORM:?set TERRAFORM to a Terraform 1.14+ binary, or run make demo}
port=${EMULATOR_PORT:-18080}
endpoint="http://127.0.0.1:$port"
work=$(mktemp -d "${TMPDIR:-/tmp}/huaweidr-demo.XXXXXX")
emulator_pid=

if [ -t 1 ]; then bold=$(printf '\033[1m'); dim=$(printf '\033[2m'); reset=$(printf '\033[0m'); else bold= dim= reset=; fi

cleanup() {
    if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
        kill "$emulator_pid" 2>/dev/null || true
        wait "$emulator_pid" 2>/dev/null || true
        echo "${dim}Emulator stopped.${reset}"
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'echo; echo "Interrupted."; exit 130' INT TERM

step() {
    echo
    echo "${bold}== $*${reset}"
}

tf() {
    echo "${dim}\$ terraform $*${reset}"
    "$terraform" -chdir="$work" "$@"
}

oob() {
    curl -sf -X POST "$endpoint/_emulator/oob/$1" -H 'Content-Type: application/json' -d "$2" >/dev/null
}

step "Starting the Huawei Cloud emulator on $endpoint (quickstart topology)"
if curl -s -o /dev/null "$endpoint/_emulator/state"; then
    echo "Port $port is already in use. Stop what runs there, or run: make demo EMULATOR_PORT=<another port>" >&2
    exit 1
fi
java -jar "$root/emulator/target/huaweidr-emulator.jar" --port "$port" --job-millis 1000 \
    >"$work/emulator.out" 2>"$work/emulator.log" &
emulator_pid=$!
for _ in $(seq 1 100); do
    grep -q "listening" "$work/emulator.out" 2>/dev/null && break
    kill -0 "$emulator_pid" 2>/dev/null || { cat "$work/emulator.log" >&2; exit 1; }
    sleep 0.1
done
cat "$work/emulator.out"

cp "$root/examples/quickstart/main.tf" "$root/examples/quickstart/discover.tfquery.hcl" "$work/"
# The native executable where the build made one (a JDK 25 was found), else the JVM launcher.
provider=$root/provider/target/native
[ -x "$provider/terraform-provider-huaweidr" ] || provider=$root/provider/target/dist
echo "Provider: $provider/terraform-provider-huaweidr"
cat >"$work/.terraformrc" <<CLI
provider_installation {
  dev_overrides {
    "huaweidr/huaweidr" = "$provider"
  }
  direct {}
}
CLI
export TF_CLI_CONFIG_FILE="$work/.terraformrc" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 TF_VAR_endpoint="$endpoint"

step "1. Apply the DR set-up: a cross-region Redis DR pair and a Cassandra active-active link"
tf apply -auto-approve -compact-warnings

step "2. Plan again: the cloud matches the configuration"
tf plan -detailed-exitcode -compact-warnings

step "3. Someone pauses the Redis replication from the console"
oob geminidb/redis-a-in12 '{"action":"pause_sync"}'
echo "Replication of redis-a-in12 -> redis-b-in12 paused outside Terraform."

step "4. CI runs 'terraform plan -detailed-exitcode' and catches the drift"
set +e
tf plan -detailed-exitcode -compact-warnings
status=$?
set -e
if [ "$status" -ne 2 ]; then
    echo "Expected the drift to show as exit code 2, got $status." >&2
    exit 1
fi
echo "${bold}Exit code 2: drift detected. A CI job fails here (see examples/ci/).${reset}"

step "5. Repair: apply resumes replication on both sides"
tf apply -auto-approve -compact-warnings
tf plan -detailed-exitcode -compact-warnings

step "6. Swap the DCS cache's master and replica with an action, and watch its progress"
tf apply -auto-approve -compact-warnings -invoke=action.huaweidr_dcs_swap.cache

step "7. Query what exists in the cloud: the DR pairs and active-active links, whoever built them"
tf query

step "8. Destroy"
tf destroy -auto-approve -compact-warnings

step "Done: the provider built, checked, repaired and removed a DR set-up through the real Terraform."
