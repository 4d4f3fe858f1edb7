#!/usr/bin/env bash
# Page latency under 50 concurrent clients, against a server running on the synthetic corpus.
# 1. ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.peacetrack.benchmarks.corpus.CorpusGenerator \
#        -Dbench.args="jdbc:postgresql://127.0.0.1:5432/peacetrack_bench 1000000 5"
# 2. java -jar target/peacetrack.jar --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/peacetrack_bench \
#        --spring.datasource.username=postgres &     (its first start scores the corpus's lineage links)
# 3. bench/page-load.sh   (wrk from Debian: apt-get install wrk)
# WARMUP, SECONDS_50 and SECONDS_1 shorten the runs for a smoke test (defaults 300, 60 and 20 seconds).
set -euo pipefail
url=${1:-http://127.0.0.1:8080}
here=$(dirname "$0")
warmup=${WARMUP:-300}
long=${SECONDS_50:-60}
short=${SECONDS_1:-20}
# warm-up: five minutes, until the JIT has compiled the hot paths. Under 50 clients the compiler threads get
# little of two cores: after two minutes a fresh server gave 430 pages a second, after five and a half 1,019.
wrk -t2 -c50 -d"${warmup}s" --latency -s "$here/pages.lua" "$url" > /dev/null
echo "mixed pages, 50 clients:";  wrk -t2 -c50 -d"${long}s" --latency -s "$here/pages.lua" "$url" | tail -1
echo "mixed pages, one client:";  wrk -t1 -c1 -d"${short}s" --latency -s "$here/pages.lua" "$url" | tail -1
echo "linked items, 50 clients:"; wrk -t2 -c50 -d"${long}s" --latency -s "$here/linked-pages.lua" "$url" | tail -1
echo "linked items, one client:"; wrk -t1 -c1 -d"${short}s" --latency -s "$here/linked-pages.lua" "$url" | tail -1
