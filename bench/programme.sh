#!/usr/bin/env bash
# /programme and /programme.ics throughput: the site (output cache on, then off) and nginx serving the same bytes from
# files, all in one run with the same wrk settings. The cached site is warmed up first (WARMUP, default 10s of the same
# wrk on each path, not counted): a 5 s run right after start measured the JIT's tiering, not the site (RESULTS.md,
# 13:03 UTC). Also measures start-up to first 200 (set-up site), first-run setup, the site's peak working set during
# the cached runs (the high-water mark reset before them) and its peak since start. Usage: bench/programme.sh [duration, default 10s];
# PUBLISHED=<folder> skips the publish.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
wrk_args=(-t2 -c32 -d"$duration" --latency)
work=$(mktemp -d)
site_port=5391; nginx_port=5392
out="$work/site"
trap 'kill $(jobs -p) 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true' EXIT

# PUBLISHED=<folder> runs an already published site (as bench/registration/run.sh does) instead of publishing one.
if [ -n "${PUBLISHED:-}" ]; then cp -r "$PUBLISHED" "$out"; else dotnet publish src/RencontresAict.Web -c Release -o "$out" -nologo -v quiet >/dev/null; fi
now_ms() { date +%s%3N; }
wait_200() { until curl -fs -o /dev/null "http://127.0.0.1:$1$2"; do sleep 0.02; done; }

start_site() { # $1 data folder, rest: extra args; prints nothing, sets site_pid
  (cd "$out"; exec dotnet RencontresAict.Web.dll --urls "http://127.0.0.1:$site_port" --Site:DataPath="$1" \
      --Site:AdminPassword=bench-password-1 --Logging:LogLevel:Default=Warning "${@:2}" >"$work/site.log" 2>&1) &
  site_pid=$!
}

# First-run setup: empty data folder to first 200 of /programme.
t0=$(now_ms); start_site "$work/data"; wait_200 $site_port /programme; t1=$(now_ms)
setup_ms=$((t1 - t0)); kill $site_pid; wait $site_pid 2>/dev/null || true

# Start-up of a set-up site to its first 200.
t0=$(now_ms); start_site "$work/data"; wait_200 $site_port /programme; t1=$(now_ms)
startup_ms=$((t1 - t0))

mkdir -p "$work/nginx/html" "$work/nginx/tmp"
# nginx serves the very bytes the site served, with the same Content-Type.
curl -fs "http://127.0.0.1:$site_port/programme" -o "$work/nginx/html/programme"
curl -fs "http://127.0.0.1:$site_port/programme.ics" -o "$work/nginx/html/programme.ics"
bytes=$(stat -c %s "$work/nginx/html/programme"); ics_bytes=$(stat -c %s "$work/nginx/html/programme.ics")
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1; daemon off; pid $work/nginx.pid; error_log $work/nginx/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
  default_type "text/html; charset=utf-8"; types { text/calendar ics; } charset utf-8;
  server { listen 127.0.0.1:$nginx_port; root $work/nginx/html; location / { try_files \$uri =404; } } }
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" & sleep 0.5

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1=="99%" {print $2}' "$1"; }

for path in programme programme.ics; do wrk -t2 -c32 -d"${WARMUP:-10s}" "http://127.0.0.1:$site_port/$path" >/dev/null; done
startup_peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$site_pid/status")
echo 5 > "/proc/$site_pid/clear_refs" # the high-water mark starts again from the resident size now (Linux ≥ 4.0)
wrk "${wrk_args[@]}" "http://127.0.0.1:$site_port/programme" >"$work/wrk-site-cached.txt"
wrk "${wrk_args[@]}" "http://127.0.0.1:$nginx_port/programme" >"$work/wrk-nginx.txt"
wrk "${wrk_args[@]}" "http://127.0.0.1:$site_port/programme.ics" >"$work/wrk-site-ics.txt"
wrk "${wrk_args[@]}" "http://127.0.0.1:$nginx_port/programme.ics" >"$work/wrk-nginx-ics.txt"
peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$site_pid/status")
kill $site_pid; wait $site_pid 2>/dev/null || true

start_site "$work/data" --PublicSite:OutputCache=false; wait_200 $site_port /programme
wrk "${wrk_args[@]}" "http://127.0.0.1:$site_port/programme" >"$work/wrk-site-uncached.txt"
kill $site_pid; wait $site_pid 2>/dev/null || true

cached=$(rps "$work/wrk-site-cached.txt"); nginx=$(rps "$work/wrk-nginx.txt"); uncached=$(rps "$work/wrk-site-uncached.txt")
ics=$(rps "$work/wrk-site-ics.txt"); nginx_ics=$(rps "$work/wrk-nginx-ics.txt")
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  command: bench/programme.sh $duration  wrk ${wrk_args[*]}  warm-up ${WARMUP:-10s}  page bytes: $bytes  .ics bytes: $ics_bytes"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "nginx (same bytes from a file): $nginx req/s, p99 $(p99 "$work/wrk-nginx.txt")"
echo "site, output cache on:          $cached req/s, p99 $(p99 "$work/wrk-site-cached.txt")  ratio $(awk "BEGIN{printf \"%.0f%%\", 100*$cached/$nginx}") of nginx (target >= 60%)"
echo "site, output cache off:         $uncached req/s, p99 $(p99 "$work/wrk-site-uncached.txt")  ratio $(awk "BEGIN{printf \"%.0f%%\", 100*$uncached/$nginx}") of nginx"
echo "/programme.ics: nginx $nginx_ics req/s, p99 $(p99 "$work/wrk-nginx-ics.txt"); site $ics req/s, p99 $(p99 "$work/wrk-site-ics.txt")  ratio $(awk "BEGIN{printf \"%.0f%%\", 100*$ics/$nginx_ics}") of nginx (target >= 60%)"
echo "peak working set during the cached runs: $((peak_kb / 1024)) MB (target < 200 MB); peak since start (start-up, warm-up): $((startup_peak_kb / 1024)) MB"
echo "start-up of a set-up site to first 200: ${startup_ms} ms (target < 1500 ms)"
echo "first-run setup of the 13th edition to first 200: ${setup_ms} ms (target < 3000 ms)"
