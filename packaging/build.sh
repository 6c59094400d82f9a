#!/usr/bin/env bash
# Publishes the native (AOT) configagent for linux-x64 into artifacts/publish/linux-x64/
# (profile: src/ConfigAgent.Cli/Properties/PublishProfiles/linux-x64.pubxml), then checks that the
# binary starts. Usage: packaging/build.sh [extra dotnet publish arguments]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/artifacts/publish/linux-x64"

rm -rf "$out"
dotnet publish "$repo/src/ConfigAgent.Cli/ConfigAgent.Cli.csproj" -p:PublishProfile=linux-x64 "$@"

binary="$out/configagent"
"$binary" --version >/dev/null
"$binary" validate "$repo/examples/dsr-realserver.yaml" >/dev/null
echo "built $binary ($(du -h "$binary" | cut -f1))"
