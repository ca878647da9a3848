#!/bin/sh
# Fails when the cloud no longer matches the configuration: runs `terraform plan -detailed-exitcode` in a
# working directory that `terraform init` has prepared, and turns its exit code into a verdict.
#
#   drift-check.sh [DIR]       exit 0: no drift, 2: drift (the plan above shows it), 1: the plan failed
#
# TERRAFORM names the binary (default: terraform on PATH). Credentials come from the environment
# (HW_ACCESS_KEY/HW_SECRET_KEY or HW_AUTH_TOKEN), as for any plan.
set -u
dir=${1:-.}
terraform=${TERRAFORM:-terraform}

"$terraform" -chdir="$dir" plan -detailed-exitcode -input=false -lock-timeout=5m -no-color
status=$?

case $status in
0)
    echo "No drift: the cloud matches the configuration in $dir."
    ;;
2)
    echo "Drift detected in $dir: the plan above lists what changed outside Terraform." >&2
    echo "Repair it with 'terraform apply', or update the configuration to accept the change." >&2
    ;;
*)
    echo "terraform plan failed in $dir (exit $status): drift could not be checked." >&2
    status=1
    ;;
esac
exit $status
