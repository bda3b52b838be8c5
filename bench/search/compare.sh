#!/usr/bin/env bash
# The search benchmark before and after a change, in one run: the site's sources at <revision> (exported to a temp
# folder, with this tree's bench/search so both run the same benchmark), then this tree; BenchmarkDotNet with the job of
# InProcessSearchJob.cs (in process: no generated project to build), the load average printed before each, then the
# p95 of each side. Usage: bench/search/compare.sh <revision before>; SEARCH_BENCH_ITERATIONS=20 SEARCH_BENCH_WARMUPS=2
# for a dry run (the 10,000 sessions are still generated and indexed on each side).
set -euo pipefail
cd "$(dirname "$0")/../.."
before=${1:?usage: bench/search/compare.sh <git revision before the change>}
tree=$(mktemp -d); trap 'rm -rf "$tree"' EXIT
git archive "$before" | tar -x -C "$tree"
rm -rf "$tree/bench/search"; mkdir -p "$tree/bench/search"
cp bench/search/*.cs bench/search/*.csproj "$tree/bench/search/"
# Both sides run with this tree's runtime settings (the benchmark's csproj imports the site's SiteRuntime.props, which
# revisions before it did not have): the comparison is of the code.
cp src/RencontresAict.Web/SiteRuntime.props "$tree/src/RencontresAict.Web/SiteRuntime.props"
for side in before after; do
  folder=$([ "$side" = before ] && echo "$tree" || pwd)
  dotnet build "$folder/bench/search" -c Release -nologo -v quiet >/dev/null
  echo "== $side ($([ "$side" = before ] && echo "$before" || git rev-parse --short HEAD)), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd "$folder" && dotnet "bench/search/bin/Release/net10.0/RencontresAict.Benchmarks.Search.dll" --filter '*SearchBenchmarks*') \
    | tee "$tree/$side.txt" | grep -E '^\| *(Method|Search|-)' || true
  echo "   load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
done
# The P95 column of each side's Search row (BenchmarkDotNet's table: | Method | Sessions | Mean | … | P95 | …).
for side in before after; do
  awk -F'|' -v side="$side" '/^\| *Method/ { for (i = 1; i <= NF; i++) if ($i ~ /P95/) col = i }
    /^\| *Search/ && col { gsub(/^ +| +$/, "", $col); print "p95 " side ": " $col " (target < 10 ms)" }' "$tree/$side.txt"
done
