#!/usr/bin/env bash
# Publishes configagent as operators install it (the linux-x64 profile: self-contained Native AOT,
# the same as packaging/build.sh) into bench/out, and prints the binary's path.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet publish src/ConfigAgent.Cli -p:PublishProfile=linux-x64 -o bench/out -v quiet -nologo >/dev/null
echo "bench/out/configagent"
