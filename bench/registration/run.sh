#!/usr/bin/env bash
# Registration posts per second, end to end: publishes the site (Release), starts it on a fresh data folder as on
# 1 May 2022 (registration open) with e-mail going to the pickup folder and the per-IP limit raised, then runs the load
# client (bench/registration/Program.cs). Usage: bench/registration/run.sh [count, default 2000] [workers, default 16] [warm-up posts first, default 1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-2000}; workers=${2:-16}; warmup=${3:-1000}; port=${PORT:-5081}
out=$(mktemp -d); data="$out/data"
dotnet publish src/RencontresAict.Web -c Release -o "$out/site" -nologo -v quiet >/dev/null
dotnet build bench/registration -c Release -nologo -v quiet >/dev/null
(cd "$out/site"; exec dotnet RencontresAict.Web.dll --urls "http://127.0.0.1:$port" --Site:DataPath="$data" --Site:AsOf=2022-05-01T10:00:00Z \
  --Forms:PostsPerIp=1000000 --Logging:LogLevel:Default=Warning) & site_pid=$!
trap 'kill $site_pid 2>/dev/null || true; wait $site_pid 2>/dev/null || true; rm -rf "$out"' EXIT
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 0.2; done
dotnet bench/registration/bin/Release/net10.0/RencontresAict.RegistrationBench.dll --url "http://127.0.0.1:$port" --count "$count" --workers "$workers" --warmup "$warmup"
sqlite3 "$data/site.db" "SELECT Status, COUNT(*) FROM RegistrationIndex GROUP BY Status; SELECT 'outbox', COUNT(*) FROM OutboxMessageIndex;" 2>/dev/null || true
