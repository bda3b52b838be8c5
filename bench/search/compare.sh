#!/usr/bin/env bash
# The search benchmark before and after a change, in one run: the site's sources at <revision> (exported to a temp
# folder, with this tree's bench/search so both run the same benchmark), then this tree; BenchmarkDotNet with the job of the attributes,
# the load average printed before each. Usage: bench/search/compare.sh <revision before>
set -euo pipefail
cd "$(dirname "$0")/../.."
before=${1:?usage: bench/search/compare.sh <git revision before the change>}
tree=$(mktemp -d); trap 'rm -rf "$tree"' EXIT
git archive "$before" | tar -x -C "$tree"
rm -rf "$tree/bench/search"; mkdir -p "$tree/bench/search"
cp bench/search/*.cs bench/search/*.csproj "$tree/bench/search/"
for side in before after; do
  folder=$([ "$side" = before ] && echo "$tree" || pwd)
  dotnet build "$folder/bench/search" -c Release -nologo -v quiet >/dev/null
  echo "== $side ($([ "$side" = before ] && echo "$before" || git rev-parse --short HEAD)), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd "$folder" && dotnet "bench/search/bin/Release/net10.0/RencontresAict.Benchmarks.Search.dll" --filter '*SearchBenchmarks*') \
    | grep -E '^\| *(Method|Search|-)' || true
  echo "   load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
done
