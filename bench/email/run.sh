#!/usr/bin/env bash
# E-mail outbox dispatch rate: starts a local SMTP server that accepts and discards mail (aiosmtpd's Sink handler;
# apt-get install python3-aiosmtpd, run with Debian's /usr/bin/python3), queues N messages through the outbox (one
# transaction each) and times the dispatcher sending them all; then the same to the pickup folder.
# Usage: bench/email/run.sh [count, default 2000]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-2000}; port=${SMTP_PORT:-2591}
/usr/bin/python3 -m aiosmtpd -n -c aiosmtpd.handlers.Sink -l "127.0.0.1:$port" & smtp_pid=$!
trap 'kill $smtp_pid 2>/dev/null || true' EXIT
dotnet build bench/email -c Release -nologo -v quiet >/dev/null
until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do sleep 0.1; done
dotnet bench/email/bin/Release/net10.0/RencontresAict.EmailBench.dll --count "$count" --smtp "127.0.0.1:$port"
dotnet bench/email/bin/Release/net10.0/RencontresAict.EmailBench.dll --count "$count" --pickup
