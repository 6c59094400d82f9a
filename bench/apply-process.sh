#!/usr/bin/env bash
# Issue 3's whole-process figures, in a throwaway network namespace, side by side with the raw
# floor in the same run:
#   converge: `configagent apply` of N loopback VIPs from nothing  vs  `ip -batch` adding them;
#   no-op:    `configagent apply` of N VIPs in sync                 vs  `ip -j addr show`,
#             with `configagent --version` as the process start the target adds to the floor.
# Needs root, iproute2 and hyperfine.   bench/apply-process.sh [VIPS] [PERSISTENCE: none|systemd]
set -euo pipefail
cd "$(dirname "$0")/.."
vips=${1:-1000}
persistence=${2:-none}
bin=$(bench/publish.sh)
ns=ca-bench-$$
work=$(mktemp -d)
root=$work/root
doc=$work/bench.yaml
batch=$work/add.batch
trap 'ip netns delete "$ns" 2>/dev/null || true; rm -rf "$work"' EXIT

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
for i in $(seq 1 "$vips"); do echo "address add 10.$((i >> 16 & 255)).$((i >> 8 & 255)).$((i & 255))/32 dev lo label lo:$((i - 1))"; done > "$batch"

ip netns add "$ns"
ip -n "$ns" link set lo up
in_ns() { ip netns exec "$ns" "$@"; }
reset="ip -n $ns address flush dev lo scope global; ip netns exec $ns sysctl -q -w net.ipv4.conf.all.arp_ignore=0 net.ipv4.conf.all.arp_announce=0 net.ipv4.conf.lo.arp_ignore=0 net.ipv4.conf.lo.arp_announce=0; rm -rf $root"

hyperfine --warmup 2 --runs 15 --export-markdown "$work/converge.md" \
  --prepare "$reset" \
  -n "configagent apply ($vips VIPs from nothing, persistence $persistence)" "ip netns exec $ns $bin apply $doc --root $root" \
  -n "ip -batch ($vips address add)" "ip netns exec $ns ip -batch $batch"

bash -c "$reset"
in_ns "$bin" apply "$doc" --root "$root" >/dev/null
hyperfine -N --warmup 3 --runs 30 --export-markdown "$work/noop.md" \
  -n "configagent apply ($vips VIPs in sync, persistence $persistence)" "ip netns exec $ns $bin apply $doc --root $root" \
  -n "ip -j addr show ($vips VIPs)" "ip netns exec $ns ip -j addr show" \
  -n "ip netns exec true" "ip netns exec $ns true" \
  -n "configagent --version (process start)" "ip netns exec $ns $bin --version"

cat "$work/converge.md" "$work/noop.md"
