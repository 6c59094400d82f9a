#!/usr/bin/env bash
# Issue 17's soak: `configagent agent` (the Native AOT binary) in enforce mode with N loopback VIPs
# on a 2 s schedule for MINUTES minutes, with drift injected every minute: some VIPs deleted and
# an ARP sysctl relaxed behind the agent's back. Every SAMPLE seconds the script records the
# agent's resident memory, open file descriptors and threads (/proc/PID) into
# bench/out/soak-*.csv; after each drift it waits for the kernel to be repaired and checks that
# the agent's reports name every resource it repaired. At the end it prints the curve (a line a
# minute) and PASS/FAIL against: RSS <= 32 MiB at every sample of the steady window and flat
# (least-squares trend < 1 MiB over the window), no growth of file descriptors or threads, every
# drift repaired. Needs root, iproute2, jq and bc.
#   bench/soak.sh [VIPS]   MINUTES=60  SAMPLE=5 (seconds)  DRIFT_VIPS=10  BIN=path (skip the publish)
set -euo pipefail
# One function, parsed before it runs: editing the file during an hour-long run cannot change
# what the running copy does next.
main() {
cd "$(dirname "$0")/.."
# shellcheck source=bench/agent-lab.sh
. bench/agent-lab.sh
vips=${1:-1000}
minutes=${MINUTES:-60}
duration=$((minutes * 60))
step=${SAMPLE:-5}
drift_every=60
drop=${DRIFT_VIPS:-10}
limit_kb=$((32 * 1024))
growth_limit_kb=1024
# The steady window: from minute 5 (a shorter run: its last two thirds) to the end.
window_start=300
if [ "$duration" -lt 900 ]; then window_start=$((duration / 3 / step * step)); fi
for tool in ip jq bc; do command -v "$tool" >/dev/null || { echo "soak.sh needs $tool" >&2; exit 1; }; done

bin=${BIN:-$(bench/publish.sh)}
mkdir -p bench/out
stamp=$(date -u +%Y%m%dT%H%M%SZ)
csv=bench/out/soak-$stamp.csv
drifts=bench/out/soak-$stamp-drift.csv
agent_lab soak "$bin" "$vips" "$csv"

fds() { find "/proc/$pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l; }
loopback_vips() { ip -n "$ns" -o -4 addr show dev lo | grep -vc ' 127\.0\.0\.1/' || true; }
arp_ignore() { ip netns exec "$ns" cat /proc/sys/net/ipv4/conf/all/arp_ignore; }
now_ms() { date +%s%3N; }

# The agent converges the host first: wait for every VIP before the clock starts.
for _ in $(seq 1 600); do [ "$(loopback_vips)" -eq "$vips" ] && break; alive; sleep 0.1; done
[ "$(loopback_vips)" -eq "$vips" ] || { echo "the agent did not converge $vips VIPs within 60 s" >&2; exit 1; }

# Deletes DRIFT_VIPS VIPs (a different slice each time) and sets arp_ignore to 0, as a network
# manager or an operator would; then waits for the kernel to be as desired again and reads the
# reports of the runs since for every resource it touched. Appends a line to the drift CSV.
drift_number=0
inject() {
  drift_number=$((drift_number + 1))
  local marker=$work/drift-$drift_number first=$(( (drift_number - 1) * drop % vips + 1 )) removed=() i
  touch "$marker"
  for ((i = 0; i < drop; i++)); do
    removed+=("$(lab_vip $(( (first - 1 + i) % vips + 1 )))")
    ip -n "$ns" addr del "${removed[-1]}/32" dev lo || true
  done
  ip netns exec "$ns" sh -c 'echo 0 > /proc/sys/net/ipv4/conf/all/arp_ignore'
  local started repaired=no latency=
  started=$(now_ms)
  for _ in $(seq 1 300); do
    if [ "$(loopback_vips)" -eq "$vips" ] && [ "$(arp_ignore)" = 1 ]; then latency=$(( $(now_ms) - started )); repaired=yes; break; fi
    sleep 0.05
  done
  # The runs since the drift (reports newer than the marker) must have repaired each resource;
  # a report is written just after its run, so give them a few seconds to land.
  local expected=("sysctl:net.ipv4.conf.all.arp_ignore") reported missing r
  for r in "${removed[@]}"; do expected+=("address:lo/$r"); done
  for _ in $(seq 1 50); do
    reported=$(find "$state/reports" -name '*.json' -newer "$marker" -print0 | xargs -0 -r jq -r 'select(.outcome == "converged") | .drift[].resource' 2>/dev/null | sort -u || true)
    missing=0
    for r in "${expected[@]}"; do grep -qxF "$r" <<<"$reported" || missing=$((missing + 1)); done
    [ "$missing" -eq 0 ] && break
    sleep 0.1
  done
  echo "$drift_number,$(( $(date +%s) - start )),${#expected[@]},$repaired,${latency:-},$missing" >> "$drifts"
  [ "$repaired" = yes ] && [ "$missing" -eq 0 ] || echo "  drift $drift_number NOT repaired: kernel repaired=$repaired, $missing of ${#expected[@]} resources missing from the reports" >&2
}

echo "seconds,rss_kb,hwm_kb,rss_anon_kb,fds,threads,cpu_ms,runs,load1" > "$csv"
echo "drift,seconds,resources,kernel_repaired,repair_ms,missing_from_reports" > "$drifts"
echo "agent pid $pid in namespace $ns, $vips VIPs, ${minutes} min, samples every ${step} s, ${drop} VIPs and arp_ignore drifted every ${drift_every} s -> $csv" >&2
start=$(date +%s)
for ((t = 0; t <= duration; t += step)); do
  now=$(date +%s)
  [ $((start + t)) -gt "$now" ] && sleep $((start + t - now))
  alive
  if [ "$t" -gt 0 ] && [ $((t % drift_every)) -eq 0 ] && [ "$t" -lt "$duration" ]; then inject; fi
  echo "$t,$(status_kb VmRSS),$(status_kb VmHWM),$(status_kb RssAnon),$(fds),$(status_kb Threads),$(cpu_ms),$(runs),$(cut -d' ' -f1 /proc/loadavg)" >> "$csv"
  [ $((t % 300)) -eq 0 ] && echo "  t=${t}s rss=$(status_kb VmRSS) kB fds=$(fds) threads=$(status_kb Threads) runs=$(runs)" >&2
done
alive

echo "== configagent agent soak: $vips loopback VIPs, interval 2s, enforce, ${minutes} min, drift every ${drift_every} s ($(date -u +%FT%TZ)) =="
echo "binary: $bin ($(du -h "$bin" | cut -f1))"
echo "the curve (one line a minute: RSS mean and max of its samples, file descriptors and threads at most):"
awk -F, 'NR > 1 { m = int($1 / 60); n[m]++; s[m] += $2; if ($2 > x[m]) x[m] = $2; if ($5 > f[m]) f[m] = $5; if ($6 > th[m]) th[m] = $6; last = m }
  END { printf "  %6s %10s %10s %5s %7s\n", "minute", "RSS MiB", "max MiB", "fds", "threads"; for (m = 0; m <= last; m++) if (n[m]) printf "  %6d %10.1f %10.1f %5d %7d\n", m, s[m] / n[m] / 1024, x[m] / 1024, f[m], th[m] }' "$csv"

# Least-squares slope of a CSV column over the window, times the window's length.
trend() { awk -F, -v s="$window_start" -v c="$1" 'NR > 1 && $1 >= s { n++; x += $1; y += $c; xx += $1 * $1; xy += $1 * $c; lo = (n == 1 ? $1 : lo); hi = $1 } END { b = (n * xy - x * y) / (n * xx - x * x); printf "%d", b * (hi - lo) }' "$csv"; }
# The largest value of a column in the first and in the second half of the window.
halves() { awk -F, -v s="$window_start" -v e="$duration" -v c="$1" 'NR > 1 && $1 >= s { if ($1 < (s + e) / 2) { if ($c > a) a = $c } else if ($c > b) b = $c } END { print a + 0, b + 0 }' "$csv"; }
window_max_kb=$(awk -F, -v s="$window_start" 'NR > 1 && $1 >= s && $2 > m { m = $2 } END { print m + 0 }' "$csv")
window_min_kb=$(awk -F, -v s="$window_start" 'NR > 1 && $1 >= s && (m == "" || $2 < m) { m = $2 } END { print m + 0 }' "$csv")
rss_trend=$(trend 2)
read -r fds_first fds_second < <(halves 5)
read -r threads_first threads_second < <(halves 6)
injected=$(($(wc -l < "$drifts") - 1))
repaired=$(awk -F, 'NR > 1 && $4 == "yes" && $6 == 0' "$drifts" | wc -l)
latency_max=$(awk -F, 'NR > 1 && $5 != "" && $5 > m { m = $5 } END { print m + 0 }' "$drifts")
latency_median=$(awk -F, 'NR > 1 && $5 != "" { print $5 }' "$drifts" | sort -n | awk '{ v[NR] = $1 } END { print (NR ? v[int((NR + 1) / 2)] : 0) }')
window_runs=$(awk -F, -v s="$window_start" 'NR > 1 && $1 >= s { if (first == "") first = $8; last = $8 } END { print last - first }' "$csv")
window_cpu=$(awk -F, -v s="$window_start" 'NR > 1 && $1 >= s { if (first == "") first = $7; last = $7 } END { print last - first }' "$csv")
echo "steady window: ${window_start} s to ${duration} s"
printf '  RSS: %.1f to %.1f MiB; trend (least squares) %+.2f MiB; peak VmHWM %s kB\n' "$(echo "$window_min_kb / 1024" | bc -l)" "$(echo "$window_max_kb / 1024" | bc -l)" "$(echo "$rss_trend / 1024" | bc -l)" "$(status_kb VmHWM)"
echo "  file descriptors, most in each half: $fds_first then $fds_second; threads: $threads_first then $threads_second"
echo "  runs: $window_runs, CPU $window_cpu ms ($(echo "scale=1; $window_cpu / ($window_runs + (${window_runs} == 0))" | bc) ms a run, idle time between runs included)"
echo "  drift: $injected injected, $repaired repaired and reported; repair took ${latency_median} ms (median), ${latency_max} ms at most"
echo "  load average now: $(cut -d' ' -f1-3 /proc/loadavg), cores $(nproc)"

verdict=PASS
if [ "$window_max_kb" -gt "$limit_kb" ]; then verdict=FAIL; echo "FAIL: RSS reached $window_max_kb kB in the steady window (limit 32 MiB = $limit_kb kB)"; fi
if [ "$rss_trend" -ge "$growth_limit_kb" ]; then verdict=FAIL; echo "FAIL: RSS trend rose $rss_trend kB over the window (limit: < $growth_limit_kb kB)"; fi
# Descriptors and threads come and go within a run (a netlink socket, a file being written, pool
# threads): a leak shows as a second half above the first, by more than that noise.
if [ "$fds_second" -gt $((fds_first + 2)) ]; then verdict=FAIL; echo "FAIL: file descriptors grew from $fds_first to $fds_second"; fi
if [ "$threads_second" -gt $((threads_first + 2)) ]; then verdict=FAIL; echo "FAIL: threads grew from $threads_first to $threads_second"; fi
if [ "$injected" -eq 0 ] || [ "$repaired" -ne "$injected" ]; then verdict=FAIL; echo "FAIL: $((injected - repaired)) of $injected drifts not repaired or not reported (see $drifts)"; fi
echo "$verdict (RSS <= 32 MiB and flat, no fd or thread growth, every drift repaired)"
echo "samples: $csv; drift: $drifts; the agent's log: ${csv%.csv}.log"
[ "$verdict" = PASS ]
}
main "$@"
