#!/usr/bin/env bash
# Publishes configagent as operators run it (self-contained, ReadyToRun compiled together with
# the framework, so that generic code shared across assemblies is precompiled too) into bench/out.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet publish src/ConfigAgent.Cli -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o bench/out -v quiet -nologo >/dev/null
echo "bench/out/configagent"
