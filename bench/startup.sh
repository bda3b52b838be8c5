#!/usr/bin/env bash
# Start-up to the first 200 of /programme, with the published Release dll (not `dotnet run`), two cases:
#   setup:   the recipe on an empty data folder (first setup), then the first 200;
#   startup: a set-up data folder started again, to its first 200.
# Runs each case `runs` times (alternated) and prints every figure, the median, the process's CPU time to its first
# 200 (on a loaded machine the wall time mostly measures the other work; the CPU time much less), and the load average.
# With a revision, that revision's sources are published too and each run is taken on both builds back to back
# (before, then this tree), so the ratio comes from the same minutes. Usage: bench/startup.sh [runs, default 5] [revision]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; before=${2:-}; port=${PORT:-5393}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

publish() { # $1 source folder, $2 output folder
  dotnet publish "$1/src/RencontresAict.Web" -c Release -o "$2" -nologo -v quiet >/dev/null
}
sides=(after)
if [ -n "$before" ]; then
  mkdir -p "$work/src-before"; git archive "$before" | tar -x -C "$work/src-before"
  publish "$work/src-before" "$work/before"; sides=(before after)
fi
# PUBLISHED=<folder> measures an already published site instead of publishing this tree.
if [ -n "${PUBLISHED:-}" ]; then cp -r "$PUBLISHED" "$work/after"; else publish . "$work/after"; fi
# The publish itself loads the machine: wait (up to QUIET_WAIT seconds, default 240) for the 1-minute load average to
# fall under 1 before the first run, so that a quiet machine is measured quiet. The load is printed either way.
for _ in $(seq 1 $(( ${QUIET_WAIT:-240} / 5 ))); do
  awk '{ exit !($1 < 1) }' /proc/loadavg && break
  sleep 5
done

# One start, timed by one Python process (no curl started per attempt, which costs tens of milliseconds on a busy
# machine): from the exec of `dotnet` to the first 200 of /programme, polled every 5 ms; then the process's CPU time
# (user + system) at that moment. Prints "wall_ms cpu_ms". $1 published folder, $2 data folder.
time_to_200() {
  python3 - "$1" "$2" "$port" "$work/site.log" <<'PY'
import http.client, os, subprocess, sys, time
folder, data, port, log = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
started = time.monotonic()
site = subprocess.Popen(["dotnet", "RencontresAict.Web.dll", "--urls", f"http://127.0.0.1:{port}", f"--Site:DataPath={data}",
    "--Site:AdminPassword=bench-password-1", "--Logging:LogLevel:Default=Warning"], cwd=folder, stdout=open(log, "a"), stderr=subprocess.STDOUT)
while True:
    if site.poll() is not None:
        sys.exit(f"the site exited with code {site.returncode}; see {log}")
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", "/programme")
        if connection.getresponse().status == 200:
            break
    except OSError:
        pass
    time.sleep(0.005)
wall = (time.monotonic() - started) * 1000
fields = open(f"/proc/{site.pid}/stat").read().rsplit(")", 1)[1].split()
cpu = (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
site.terminate(); site.wait()
print(f"{wall:.0f} {cpu:.0f}")
PY
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }

declare -A figures cpu
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# One untimed start first: the first exec of a freshly published folder reads its files from disk.
for side in "${sides[@]}"; do time_to_200 "$work/$side" "$work/warm-$side" >/dev/null; done
for run in $(seq "$runs"); do
  for side in "${sides[@]}"; do
    data="$work/data-$side-$run"
    for case in setup startup; do
      read -r wall used < <(time_to_200 "$work/$side" "$data")
      figures[$side-$case]+="$wall "; cpu[$side-$case]+="$used "
    done
  done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  command: bench/startup.sh $runs $before  load average at start: $load_start, at end: $load_end"
for side in "${sides[@]}"; do
  label=$([ "$side" = before ] && echo "before ($before)" || echo "this tree ($(git rev-parse --short HEAD))")
  echo "== $label"
  echo "   first setup to first 200 (target < 3000 ms): median $(echo "${figures[$side-setup]}" | median) ms  [${figures[$side-setup]% }]  CPU [${cpu[$side-setup]% }] ms"
  echo "   start-up of a set-up site to first 200 (target < 1500 ms): median $(echo "${figures[$side-startup]}" | median) ms  [${figures[$side-startup]% }]  CPU [${cpu[$side-startup]% }] ms"
done
