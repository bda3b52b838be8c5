#!/usr/bin/env bash
# /programme.ics of the 13th edition served from the output cache vs nginx serving the same bytes from a file,
# in one run with the same wrk settings, on a site of 10,000 generated sessions (edition 13, the current one, has
# the printed programme's 11 sessions). Also an HTTP-level GraphQL list of the 100 sessions of edition 50. Usage: bench/api/programme-ics.sh [duration, default 10s]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10s}
wrk_args=(-t2 -c32 -d"$duration" --latency)
work=$(mktemp -d)
site_port=5393; nginx_port=5394
trap 'kill $(jobs -p) 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish src/RencontresAict.Web -c Release -o "$work/site" -nologo -v quiet >/dev/null
dotnet build bench/api/RencontresAict.Api.Benchmarks -c Release -nologo -v quiet >/dev/null
dotnet bench/api/RencontresAict.Api.Benchmarks/bin/Release/net10.0/RencontresAict.Api.Benchmarks.dll seed "$work/data"

(cd "$work/site"; exec dotnet RencontresAict.Web.dll --urls "http://127.0.0.1:$site_port" --Site:DataPath="$work/data" \
    --Logging:LogLevel:Default=Warning >"$work/site.log" 2>&1) &
site_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$site_port/health"; do sleep 0.05; done
curl -fs "http://127.0.0.1:$site_port/programme.ics" -o "$work/programme.ics"
bytes=$(stat -c %s "$work/programme.ics")

mkdir -p "$work/nginx/html" "$work/nginx/tmp"; cp "$work/programme.ics" "$work/nginx/html/programme.ics"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1; daemon off; pid $work/nginx.pid; error_log $work/nginx/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
  default_type "text/calendar; charset=utf-8";
  server { listen 127.0.0.1:$nginx_port; root $work/nginx/html; location / { try_files \$uri =404; } } }
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" & sleep 0.5

cat > "$work/graphql.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ session(where: { edition: \\"edition050\\" }, orderBy: { startsAt: ASC }, first: 100) { contentItemId displayText startsAt endsAt room cancelled } }"}'
LUA

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
pct() { awk -v p="$2" '$1==p {print $2}' "$1"; }
wrk "${wrk_args[@]}" "http://127.0.0.1:$site_port/programme.ics" >"$work/wrk-site.txt"
wrk "${wrk_args[@]}" "http://127.0.0.1:$nginx_port/programme.ics" >"$work/wrk-nginx.txt"
wrk "${wrk_args[@]}" -s "$work/graphql.lua" "http://127.0.0.1:$site_port/api/graphql" >"$work/wrk-graphql.txt"

site=$(rps "$work/wrk-site.txt"); nginx=$(rps "$work/wrk-nginx.txt")
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  command: bench/api/programme-ics.sh $duration  wrk ${wrk_args[*]}  programme.ics bytes: $bytes"
echo "nginx (same bytes from a file):  $nginx req/s, p99 $(pct "$work/wrk-nginx.txt" 99%)"
echo "site /programme.ics from cache:  $site req/s, p99 $(pct "$work/wrk-site.txt" 99%)  ratio $(awk "BEGIN{printf \"%.0f%%\", 100*$site/$nginx}") of nginx (target >= 50%)"
echo "site GraphQL 100 sessions (HTTP, uncached): $(rps "$work/wrk-graphql.txt") req/s, p50 $(pct "$work/wrk-graphql.txt" 50%), p90 $(pct "$work/wrk-graphql.txt" 90%), p99 $(pct "$work/wrk-graphql.txt" 99%) at 32 connections"
