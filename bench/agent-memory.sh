#!/usr/bin/env bash
# Issue 5's agent figures: resident memory of `configagent agent` after 15 minutes of runs at a
# 2 s interval with N loopback VIPs (target: under 40 MB, no growth from minute 5 to minute 15),
# and the CPU time of one no-op run. The agent runs in a throwaway network namespace, enforcing a
# document of N VIPs from 198.18.0.0/15 (persistence none) under a temporary --root; every 10 s
# the script samples /proc/PID/status (VmRSS, VmHWM), /proc/PID/stat (utime+stime) and the runs
# counted in the agent's Prometheus textfile. Samples go to bench/out/agent-memory-*.csv.
# Needs root and iproute2.
#   bench/agent-memory.sh [VIPS]   DURATION=900 (seconds)  BIN=path (skip the publish)
#   LOG_LEVEL=debug (the agent logs each run's allocations and the GC heap; the log is kept beside the CSV)
set -euo pipefail
# The whole script is one function, parsed before it runs: editing the file during a 15-minute
# run cannot change what the running copy does next.
main() {
cd "$(dirname "$0")/.."
# shellcheck source=bench/agent-lab.sh
. bench/agent-lab.sh
vips=${1:-1000}
duration=${DURATION:-900}
step=10
limit_kb=$((40 * 1024))
# "No growth": the least-squares trend of RSS over minute 5 to minute 15 (61 samples) rises by
# less than 1 MiB over those ten minutes. Two single samples will not do: between collections the
# GC heap saws up and down by 2-4 MiB, more than the limit itself. A leak of one small object
# graph per run (a report, a plan: tens of KiB) at 30 runs a minute rises by several MiB.
growth_limit_kb=1024
# The steady window: minute 5 to the end (a shorter DURATION keeps the same shape: its last 2/3).
window_start=300
if [ "$duration" -lt 900 ]; then window_start=$((duration / 3 / step * step)); fi

bin=${BIN:-$(bench/publish.sh)}
mkdir -p bench/out
csv=bench/out/agent-memory-$(date -u +%Y%m%dT%H%M%SZ).csv
agent_lab mem "$bin" "$vips" "$csv"

in_sync_runs() {
  if [ -f "$textfile" ]; then
    awk '/^configagent_runs_total\{outcome="in_sync"\}/ { print $2; f = 1 } END { if (!f) print 0 }' "$textfile"
  else
    echo 0
  fi
}

echo "seconds,rss_kb,hwm_kb,rss_anon_kb,rss_file_kb,cpu_ms,runs,in_sync_runs,load1" > "$csv"
echo "agent pid $pid in namespace $ns, $vips VIPs, ${duration} s, samples every ${step} s -> $csv" >&2
start=$(date +%s)
declare -a rss cpu run sync
for ((t = 0; t <= duration; t += step)); do
  now=$(date +%s)
  [ $((start + t)) -gt "$now" ] && sleep $((start + t - now))
  alive
  rss[t]=$(status_kb VmRSS)
  cpu[t]=$(cpu_ms)
  run[t]=$(runs)
  sync[t]=$(in_sync_runs)
  echo "$t,${rss[$t]},$(status_kb VmHWM),$(status_kb RssAnon),$(status_kb RssFile),${cpu[$t]},${run[$t]},${sync[$t]},$(cut -d' ' -f1 /proc/loadavg)" >> "$csv"
  [ $((t % 60)) -eq 0 ] && echo "  t=${t}s rss=${rss[$t]} kB runs=${run[$t]} cpu=${cpu[$t]} ms" >&2
done
alive

echo "== configagent agent, $vips loopback VIPs, interval 2s, enforce, ${duration} s ($(date -u +%FT%TZ)) =="
echo "runtime: $(sed -n 's/.*"version": "\(.*\)".*/Microsoft.NETCore.App \1/p' "${bin}.runtimeconfig.json" 2>/dev/null | head -n1)"
echo "GC settings (runtimeconfig, environment, threads the runtime started):"
grep -Eo '"System\.GC\.[A-Za-z]+": *[^,}]+' "${bin}.runtimeconfig.json" 2>/dev/null | sed 's/^/  runtimeconfig /' || true
grep -q '"System\.GC\.' "${bin}.runtimeconfig.json" 2>/dev/null || echo "  runtimeconfig: no System.GC.* knob (defaults: workstation, concurrent)"
tr '\0' '\n' < "/proc/$pid/environ" | grep -E '^(DOTNET|COMPlus)_' | sed 's/^/  environment /' || echo "  environment: no DOTNET_*/COMPlus_* variable"
# Server GC runs one ".NET Server GC" thread per heap; concurrent workstation GC one ".NET BGC".
server_threads=$(cat /proc/"$pid"/task/*/comm 2>/dev/null | grep -c "^\.NET Server GC" || true)
bgc_threads=$(cat /proc/"$pid"/task/*/comm 2>/dev/null | grep -c "^\.NET BGC" || true)
if [ "$server_threads" -gt 0 ]; then echo "  in force: Server GC ($server_threads GC threads)"; else echo "  in force: workstation GC, $([ "$bgc_threads" -gt 0 ] && echo concurrent || echo non-concurrent)"; fi
echo "  threads: $(find /proc/"$pid"/task -mindepth 1 -maxdepth 1 | wc -l)"

echo "RSS (VmRSS):"
for m in 1 5 10 15; do
  s=$((m * 60))
  [ "$s" -le "$duration" ] && printf '  minute %2d: %6d kB (%.1f MiB), runs so far %d\n' "$m" "${rss[$s]}" "$(echo "${rss[$s]} / 1024" | bc -l)" "${run[$s]}"
done
end=$duration
printf '  end (%d s): %6d kB (%.1f MiB); peak VmHWM %s kB\n' "$end" "${rss[$end]}" "$(echo "${rss[$end]} / 1024" | bc -l)" "$(status_kb VmHWM)"
echo "largest mappings at the end (Rss kB, Anonymous kB, mapping):"
awk '/^[0-9a-f]+-[0-9a-f]+ / { name = (NF >= 6 ? $6 : "[anon]") } $1 == "Rss:" { rss[name] += $2 } $1 == "Anonymous:" { anon[name] += $2 } END { for (n in rss) printf "  %7d %7d %s\n", rss[n], anon[n], n }' "/proc/$pid/smaps" | sort -rn | head -n 10
echo "smaps_rollup at the end:"
grep -E '^(Rss|Pss|Pss_Anon|Pss_File|Anonymous|Private_Clean|Private_Dirty|Shared_Clean):' "/proc/$pid/smaps_rollup" | sed 's/^/  /'
printf '  RssAnon %s kB, RssFile %s kB, RssShmem %s kB (from status)\n' "$(status_kb RssAnon)" "$(status_kb RssFile)" "$(status_kb RssShmem)"

growth=$((rss[end] - rss[window_start]))
# Least-squares slope (kB per second) of a CSV column over the window, times the window's length.
trend_kb() { awk -F, -v s="$window_start" -v c="$1" 'NR > 1 && $1 >= s { n++; x += $1; y += $c; xx += $1 * $1; xy += $1 * $c; lo = (n == 1 ? $1 : lo); hi = $1 } END { b = (n * xy - x * y) / (n * xx - x * x); printf "%d", b * (hi - lo) }' "$csv"; }
trend=$(trend_kb 2)
anon_trend=$(trend_kb 4)
window_runs=$((run[end] - run[window_start]))
window_sync=$((sync[end] - sync[window_start]))
window_cpu=$((cpu[end] - cpu[window_start]))
echo "steady window: ${window_start} s to ${end} s"
printf '  RSS growth, trend (least squares over %d samples): %+d kB (%+.2f MiB); RssAnon trend %+d kB\n' "$(( (end - window_start) / step + 1 ))" "$trend" "$(echo "$trend / 1024" | bc -l)" "$anon_trend"
printf '  RSS growth, end sample minus first sample: %+d kB (%+.2f MiB); range in the window %s kB\n' "$growth" "$(echo "$growth / 1024" | bc -l)" "$(awk -F, -v s="$window_start" 'NR > 1 && $1 >= s { lo = (lo == "" || $2 < lo ? $2 : lo); hi = ($2 > hi ? $2 : hi) } END { print lo " to " hi }' "$csv")"
echo "  runs: $window_runs ($window_sync in sync, i.e. no-op)"
echo "  CPU (utime+stime, ${ticks} Hz ticks): $window_cpu ms"
if [ "$window_runs" -gt 0 ]; then
  printf '  CPU per run: %.1f ms (includes the idle agent between runs: timers, the watcher)\n' "$(echo "$window_cpu / $window_runs" | bc -l)"
fi
echo "  load average now: $(cut -d' ' -f1-3 /proc/loadavg); 1-min load over the window: min $(awk -F, -v s="$window_start" 'NR > 1 && $1 >= s { print $9 }' "$csv" | sort -n | head -n1), max $(awk -F, -v s="$window_start" 'NR > 1 && $1 >= s { print $9 }' "$csv" | sort -n | tail -n1), cores $(nproc)"

verdict=PASS
if [ "${rss[end]}" -ge "$limit_kb" ]; then verdict=FAIL; echo "FAIL: RSS ${rss[end]} kB is not under 40 MiB ($limit_kb kB)"; fi
if [ "$trend" -ge "$growth_limit_kb" ]; then verdict=FAIL; echo "FAIL: RSS trend rose $trend kB in the steady window (limit: < $growth_limit_kb kB)"; fi
if [ "$window_runs" -ne "$window_sync" ]; then echo "note: $((window_runs - window_sync)) runs in the window were not no-op (see ${csv%.csv}.log)"; fi
echo "$verdict (RSS < 40 MiB at the end, RSS trend from ${window_start} s to ${end} s < 1 MiB)"
echo "samples: $csv"
[ "$verdict" = PASS ]
}
main "$@"
