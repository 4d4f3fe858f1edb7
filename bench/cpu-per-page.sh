#!/usr/bin/env bash
# The server's CPU per request for each kind of page of the realistic page mix (bench/realistic-load.sh, PageMix),
# with the cache of anonymous answers off, so that every answer is made: item pages, items of lineage chains,
# session permalinks, JSON items, JSON lineage and framework lists of the generator's corpus. Each kind is asked
# WARM times (JIT warm-up, not counted), then COUNT times by four curl processes at once; the figure is the
# node's user+system CPU (from /proc) over those requests, divided by their number. A change that makes a
# page cheaper shows here before it shows in latency under load, which the machine's speed blurs.
#
#   bench/cpu-per-page.sh target/peacetrack.jar [java options...]
#
# DB (pt_perf_100k), INDEX (target/load-100k/lucene: a Lucene index of that corpus, `STEPS=lucene-index` of
# realistic-load.sh), ITEMS (100000), PORT (8194), WARM (400) and COUNT (600) as in the environment; the addresses
# are PageMix's own, drawn by PageAddresses from BENCH_CLASSES (target/test-classes:target/classes, after
# ./mvnw test-compile).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$1; shift
DB=${DB:-pt_perf_100k}; INDEX=${INDEX:-target/load-100k/lucene}; ITEMS=${ITEMS:-100000}
PORT=${PORT:-8194}; WARM=${WARM:-400}; COUNT=${COUNT:-600}
tmp=$(mktemp -d)
java -Xmx2g -Dpeacetrack.cache.anonymous.enabled=false "$@" -jar "$JAR" --server.port="$PORT" \
    --logging.file.name="$tmp/node.log" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --spring.datasource.username=postgres --spring.datasource.password= \
    --peacetrack.search.backend=lucene --peacetrack.search.index-dir="$INDEX" > "$tmp/node.out" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null && break; sleep 1; done
cpu_ticks() { awk '{print $14 + $15}' "/proc/$node/stat"; }

addresses() { # kind, how many, seed: PageMix's own shapes and draws (benchmarks/load/PageAddresses)
  java -cp "${BENCH_CLASSES:-target/test-classes:target/classes}" org.peacetrack.benchmarks.load.PageAddresses \
      "$1" "$2" "$3" "$ITEMS"
}

ask() { # kind, how many, seed: prints the status codes' counts
  addresses "$1" "$2" "$3" | sed "s|^|http://127.0.0.1:$PORT|" > "$tmp/urls"
  split -n r/4 "$tmp/urls" "$tmp/part."
  local pids=() part
  for part in "$tmp"/part.*; do
    awk '{print "url = \"" $0 "\"\noutput = /dev/null"}' "$part" > "$part.cfg"
    curl -s -K "$part.cfg" -w '%{http_code}\n' > "$part.codes" & pids+=($!)
  done
  wait "${pids[@]}"
  cat "$tmp"/part.*.codes | sort | uniq -c | tr -s ' \n' ' '
  rm -f "$tmp"/part.*
}

for kind in item linked permalink api lineage list; do
  ask "$kind" "$WARM" 1 > /dev/null
done
echo "| page | server CPU per request | answers |"
echo "| --- | ---: | --- |"
for kind in item linked permalink api lineage list; do
  before=$(cpu_ticks)
  codes=$(ask "$kind" "$COUNT" 2)
  after=$(cpu_ticks)
  # clock ticks are hundredths of a second
  echo "| $kind | $(( (after - before) * 10000 / COUNT / 1000 )).$(( (after - before) * 10000 / COUNT % 1000 / 100 )) ms |$codes|"
done
