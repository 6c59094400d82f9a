#!/usr/bin/env bash
# Publishes configagent as operators install it (the linux-x64 profile: self-contained Native AOT,
# the same as packaging/build.sh) into bench/out, and prints the binary's path. The build's own
# output is shown only when it fails.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! dotnet publish src/ConfigAgent.Cli -p:PublishProfile=linux-x64 -o bench/out -nologo > "$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
echo "bench/out/configagent"
