#!/usr/bin/env bash
# Start-up to the first 200 of /programme, with the published Release dll (not `dotnet run`), two cases:
#   setup:   the recipe on an empty data folder (first setup), then the first 200;
#   startup: a set-up data folder started again, to its first 200.
# Runs each case `runs` times (alternated) and prints every figure, the median, and the load average around the run.
# With a revision, that revision's sources are published too and each run is taken on both builds back to back
# (before, then this tree), so the ratio comes from the same minutes. Usage: bench/startup.sh [runs, default 5] [revision]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; before=${2:-}; port=${PORT:-5393}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

publish() { # $1 source folder, $2 output folder
  dotnet publish "$1/src/RencontresAict.Web" -c Release -o "$2" -nologo -v quiet >/dev/null
}
sides=(after)
if [ -n "$before" ]; then
  mkdir -p "$work/src-before"; git archive "$before" | tar -x -C "$work/src-before"
  publish "$work/src-before" "$work/before"; sides=(before after)
fi
publish . "$work/after"

now_ms() { date +%s%3N; }
time_to_200() { # $1 published folder, $2 data folder; prints the milliseconds from exec to the first 200
  local t0 t1 pid
  t0=$(now_ms)
  (cd "$1"; exec dotnet RencontresAict.Web.dll --urls "http://127.0.0.1:$port" --Site:DataPath="$2" \
      --Site:AdminPassword=bench-password-1 --Logging:LogLevel:Default=Warning >>"$work/site.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/programme"; do
    kill -0 $pid 2>/dev/null || { echo "the site exited; its log:" >&2; tail -n 30 "$work/site.log" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(now_ms)
  kill $pid; wait $pid 2>/dev/null || true
  echo $((t1 - t0))
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }

declare -A figures
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# One untimed start first: the first exec of a freshly published folder reads its files from disk.
for side in "${sides[@]}"; do time_to_200 "$work/$side" "$work/warm-$side" >/dev/null; done
for run in $(seq "$runs"); do
  for side in "${sides[@]}"; do
    data="$work/data-$side-$run"
    figures[$side-setup]+="$(time_to_200 "$work/$side" "$data") "
    figures[$side-startup]+="$(time_to_200 "$work/$side" "$data") "
  done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  command: bench/startup.sh $runs $before  load average at start: $load_start, at end: $load_end"
for side in "${sides[@]}"; do
  label=$([ "$side" = before ] && echo "before ($before)" || echo "this tree ($(git rev-parse --short HEAD))")
  echo "== $label"
  echo "   first setup to first 200 (target < 3000 ms): median $(echo "${figures[$side-setup]}" | median) ms  [${figures[$side-setup]% }]"
  echo "   start-up of a set-up site to first 200 (target < 1500 ms): median $(echo "${figures[$side-startup]}" | median) ms  [${figures[$side-startup]% }]"
done
