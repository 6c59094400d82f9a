#!/usr/bin/env bash
# Issue 2's whole-process figure: `configagent plan` of 100 loopback VIPs, all in sync, as a
# process in a throwaway network namespace, beside `ip -j addr show` (the raw floor) and an
# empty `ip netns exec` (the wrapper's own cost). Needs root, iproute2 and hyperfine.
#   bench/plan-process.sh [VIPS] [PERSISTENCE: none|systemd]
set -euo pipefail
cd "$(dirname "$0")/.."
vips=${1:-100}
persistence=${2:-none}
bin=$(bench/publish.sh)
ns=ca-bench-$$
root=$(mktemp -d)
doc=$root/bench.yaml
trap 'ip netns delete "$ns" 2>/dev/null || true; rm -rf "$root"' EXIT

{
  echo "version: 1"
  echo "name: bench"
  echo "loopback_vips:"
  for i in $(seq 1 "$vips"); do echo "  - 10.$((i >> 16 & 255)).$((i >> 8 & 255)).$((i & 255))"; done
  if [ "$persistence" = none ]; then
    echo "linux: {persistence: {addresses: none, sysctls: none}}"
  else
    echo "linux: {persistence: {addresses: $persistence, sysctls: sysctl.d}}"
  fi
} > "$doc"

ip netns add "$ns"
ip -n "$ns" link set lo up
ip netns exec "$ns" "$bin" apply "$doc" --root "$root" >/dev/null
ip netns exec "$ns" "$bin" plan "$doc" --root "$root" --detailed-exitcode >/dev/null || { echo "not in sync after apply" >&2; exit 1; }

hyperfine -N --warmup 5 --runs 40 --export-markdown "$root/result.md" \
  -n "configagent plan ($vips VIPs in sync, persistence $persistence)" "ip netns exec $ns $bin plan $doc --root $root" \
  -n "ip -j addr show" "ip netns exec $ns ip -j addr show" \
  -n "ip netns exec true" "ip netns exec $ns true"
cat "$root/result.md"
