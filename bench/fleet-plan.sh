#!/usr/bin/env bash
# Issue 7's whole-process figure: `configagent plan --facts-dir` of a fleet of HOSTS hosts with
# VIPS loopback VIPs each (the pull-request check of a desired-state repository), timed with
# hyperfine. Target: 1,000 hosts x 10 VIPs in under 5 s. Needs hyperfine; no root.
#   bench/fleet-plan.sh [HOSTS] [VIPS]
#
# Hosts web-0001... get their VIPs from documents of 10 hosts each (hostname globs), from the
# benchmarking range 198.18.0.0/15 (RFC 2544). Every host already holds the first half of its
# VIPs, so each plan has changes, boot files to render (network-scripts, sysctl.conf) and
# addresses in sync to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
hosts=${1:-1000}
vips=${2:-10}
bin=$(bench/publish.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/facts" "$work/desired-state"

vip() { # host number, VIP number -> an address of 198.18.0.0/15
  local n=$(( ($1 - 1) * vips + $2 ))
  echo "198.$((18 + (n >> 16 & 1))).$((n >> 8 & 255)).$((n & 255))"
}

for ((group = 0; group * 10 < hosts; group++)); do
  {
    echo "version: 1"
    echo "name: pool-$(printf '%03d' "$group")"
    echo "hosts: [web-$(printf '%03d' "$group")?]"
    echo "loopback_vips:"
    # Every host of a group shares its group's VIPs, as the real servers of one service do.
    for ((v = 1; v <= vips; v++)); do echo "  - $(vip $((group * 10 + 1)) "$v")"; done
    echo "linux: {persistence: {addresses: network-scripts, sysctls: sysctl.conf}}"
  } > "$work/desired-state/pool-$(printf '%03d' "$group").yaml"
done

for ((h = 1; h <= hosts; h++)); do
  name=web-$(printf '%04d' $((h - 1)))
  group=$(( (h - 1) / 10 ))
  {
    printf '{"format_version": 1, "platform": "linux", "hostname": "%s", "labels": {"role": "web"},\n' "$name"
    printf ' "os": {"id": "rhel", "version": "9.4"},\n "interfaces": [\n'
    printf '  {"name": "lo", "index": 1, "is_loopback": true, "is_up": true, "addresses": [\n'
    printf '    {"address": "127.0.0.1", "prefix_length": 8, "label": "lo", "scope": "host"}'
    files=""
    for ((v = 1; v <= vips; v++)); do
      address=$(vip $((group * 10 + 1)) "$v")
      if ((v <= vips / 2)); then
        printf ',\n    {"address": "%s", "prefix_length": 32, "label": "lo:%d", "scope": "global"}' "$address" $((v - 1))
        files+=$(printf ',\n  "/etc/sysconfig/network-scripts/ifcfg-lo:%d": {"exists": true, "mode": "0644", "content": "TYPE=Ethernet\\nDEVICE=lo:%d\\nBOOTPROTO=none\\nONBOOT=yes\\nIPADDR=%s\\nNETMASK=255.255.255.255\\n"}' $((v - 1)) $((v - 1)) "$address")
      else
        files+=$(printf ',\n  "/etc/sysconfig/network-scripts/ifcfg-lo:%d": {"exists": false}' $((v - 1)))
      fi
    done
    printf ']},\n  {"name": "eth0", "index": 2, "is_loopback": false, "is_up": true, "mac": "52:54:00:00:%02x:%02x", "addresses": [\n' $((h >> 8 & 255)) $((h & 255))
    printf '    {"address": "192.0.2.%d", "prefix_length": 24, "label": "eth0", "scope": "global"}]}],\n' $((h % 250 + 1))
    printf ' "settings": {"net.ipv4.conf.all.arp_ignore": "1", "net.ipv4.conf.all.arp_announce": "2", "net.ipv4.conf.lo.arp_ignore": "0", "net.ipv4.conf.lo.arp_announce": "0"},\n'
    printf ' "files": {\n  "/etc/sysctl.conf": {"exists": true, "mode": "0644", "content": "vm.swappiness = 10\\n"},\n'
    printf '  "/etc/sysconfig/network-scripts": {"exists": true, "is_directory": true, "mode": "0755"}%s}}\n' "$files"
  } > "$work/facts/$name.json"
done

# The plan must work before it is timed: 2 is "hosts would change", anything else is a failure.
code=0
"$bin" plan --facts-dir "$work/facts" "$work/desired-state" --format json > "$work/plan.json" || code=$?
if [ "$code" -ne 2 ]; then
  echo "configagent plan --facts-dir exited $code, not 2" >&2
  exit 1
fi
grep -m1 -A10 '"summary"' "$work/plan.json"

# -i: the plan exits 2 (changes) by design; the check above has ruled out failures.
hyperfine -N -i --warmup 2 --runs 10 --export-markdown "$work/result.md" \
  -n "plan --facts-dir ($hosts hosts x $vips VIPs, markdown)" "$bin plan --facts-dir $work/facts $work/desired-state --format markdown" \
  -n "plan --facts-dir ($hosts hosts x $vips VIPs, json)" "$bin plan --facts-dir $work/facts $work/desired-state --format json" \
  -n "configagent --version" "$bin --version"
cat "$work/result.md"
