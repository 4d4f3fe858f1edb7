#!/usr/bin/env bash
# Page latency under 50 concurrent clients, against a server running on the synthetic corpus.
# 1. ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.peacetrack.benchmarks.corpus.CorpusGenerator \
#        -Dbench.args="jdbc:postgresql://127.0.0.1:5432/peacetrack_bench 1000000 5"
# 2. java -jar target/peacetrack.jar --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/peacetrack_bench \
#        --spring.datasource.username=postgres &
# 3. bench/page-load.sh   (wrk from Debian: apt-get install wrk)
set -euo pipefail
url=${1:-http://127.0.0.1:8080}
# warm-up: five minutes, until the JIT has compiled the hot paths. Under 50 clients the compiler threads get
# little of two cores: after two minutes a fresh server gave 430 pages a second, after five and a half 1,019.
wrk -t2 -c50 -d300s --latency -s "$(dirname "$0")/pages.lua" "$url" > /dev/null
echo "50 clients:"; wrk -t2 -c50 -d60s --latency -s "$(dirname "$0")/pages.lua" "$url" | tail -1
echo "one client:";  wrk -t1 -c1 -d20s --latency -s "$(dirname "$0")/pages.lua" "$url" | tail -1
