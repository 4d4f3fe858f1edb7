#!/usr/bin/env bash
# Search latency: one client (the target is per-query latency), then 50 concurrent clients.
set -euo pipefail
url=${1:-http://127.0.0.1:8080}
here=$(dirname "$0")
# warm-up, until the JIT has settled: after 90 s a fresh server gave p95 43 ms, after four minutes 37 ms
wrk -t1 -c4 -d240s -s "$here/search.lua" "$url" > /dev/null
echo "one client:";   wrk -t1 -c1 -d30s --latency -s "$here/search.lua" "$url" | tail -1
echo "50 clients:";   wrk -t2 -c50 -d30s --latency -s "$here/search.lua" "$url" | tail -1
