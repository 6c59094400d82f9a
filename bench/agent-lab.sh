# Sourced by agent-memory.sh and soak.sh: `configagent agent` alone in a throwaway network
# namespace, under a temporary --root, enforcing N loopback VIPs from 198.18.0.0/15 (persistence
# none) every 2 s, no splay, with its Prometheus textfile; and what the scripts read of it.
#
#   agent_lab NAME BIN VIPS CSV   starts BIN's agent; sets ns, work, root, state, config, log,
#                                 textfile, pid for the calling script.
#                                 On exit the agent is stopped (SIGTERM, then SIGKILL), the
#                                 namespace and the directory deleted, the agent's log kept beside CSV.
# shellcheck shell=bash

lab_vip() { echo "198.$((18 + ($1 >> 16 & 1))).$(($1 >> 8 & 255)).$(($1 & 255))"; }

# shellcheck disable=SC2034 # the variables it sets are the calling script's
agent_lab() {
  local name=$1 bin=$2 vips=$3 csv=$4 i
  # Not "ca-": the lab tests sweep namespaces with that prefix that no lease holds, killing what runs there.
  ns=cabench-$name-$$
  work=$(mktemp -d)
  root=$work/root
  state=$root/var/lib/configagent
  # The agent reads its desired state under its root, as every other path (docs/agent.md).
  local desired_on_host=/etc/configagent/desired
  local textfile_on_host=/var/lib/node_exporter/configagent.prom
  config=$work/agent.yaml
  log=$work/agent.log
  textfile=$root$textfile_on_host
  pid=
  lab_csv=$csv
  trap agent_lab_cleanup EXIT
  trap 'exit 130' INT TERM

  mkdir -p "$root$desired_on_host"
  {
    echo "version: 1"
    echo "name: bench"
    echo "loopback_vips:"
    for i in $(seq 1 "$vips"); do echo "  - $(lab_vip "$i")"; done
    echo "linux: {persistence: {addresses: none, sysctls: none}}"
  } > "$root$desired_on_host/bench.yaml"
  cat > "$config" <<CONFIG
version: 1
desired_state:
  paths: [$desired_on_host]
mode: enforce
schedule:
  interval: 2s
  splay: 0ms
root: $root
logging:
  level: ${LOG_LEVEL:-information}
  format: text
metrics: {textfile: $textfile_on_host}
CONFIG

  ip netns add "$ns"
  ip -n "$ns" link set lo up
  ip netns exec "$ns" "$bin" agent --config "$config" --check >/dev/null
  # exec: $! is the agent itself, not a shell around it, so /proc/$! is the process measured.
  ip netns exec "$ns" "$bin" agent --config "$config" >"$log" 2>&1 &
  pid=$!
  ticks=$(getconf CLK_TCK)
}

agent_lab_cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  ip netns delete "$ns" 2>/dev/null || true
  [ -f "$log" ] && cp "$log" "${lab_csv%.csv}.log"
  rm -rf "$work"
}

status_kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$pid/status"; }
cpu_ms() { awk -v t="$ticks" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$pid/stat"; }
runs() { if [ -f "$textfile" ]; then awk '/^configagent_runs_total\{/ { n += $2 } END { print n + 0 }' "$textfile"; else echo 0; fi; }
alive() { kill -0 "$pid" 2>/dev/null || { echo "the agent exited; its log:" >&2; tail -n 40 "$log" >&2; exit 1; }; }
