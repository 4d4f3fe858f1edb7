#!/usr/bin/env bash
# Issue 17 item 5 (ADR 0057): pages and search at 1, 10 and 50 clients on the realistic 1-million-item
# corpus, side by side: one node on Lucene, one node on OpenSearch, two nodes on one OpenSearch (requests in
# turn to both), all on one PostgreSQL. Appends the rows of docs/benchmarks.md's table to $WORK/table.md.
#
#   ./mvnw -q package -DskipTests && ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test \
#       -Dmdep.outputFile=target/bench.classpath
#   bench/realistic-load.sh                       # every step below, in order (about 2 to 3 hours here)
#   STEPS="lucene opensearch two-nodes" bench/realistic-load.sh     # measure only, corpus and indexes built
#
# Steps: corpus (CorpusGenerator into $DB: drops and recreates it), lucene-index and opensearch-index
# (`peacetrack reindex` into $WORK/lucene and into the OpenSearch node's indexes), then the measurements:
# lucene, opensearch, two-nodes, or opensearch-one-and-two (both nodes started, the first measured alone,
# then both: one start fewer).
# The OpenSearch node is the tests' own (src/test/opensearch/OpenSearchTestNode.java on
# target/opensearch-node.classpath), on port $OS_PORT with its data in $WORK/opensearch; it is started when a
# step needs it and stopped at the end. WARMUP (s, default 90, at 10 clients, per configuration and mix),
# SECONDS_PER_RUN (default 30) and CLIENTS (default 1,10,50) shorten or lengthen the runs; DB (pt_load) and
# ITEMS (1000000) name the corpus, WORK (target/realistic-load) where indexes, logs and the table go.
# JAR (target/peacetrack.jar) is the build that reindexes and serves: a copy of it keeps a long run, or one side
# of an A/B comparison, apart from the next build; JAVA_OPTS adds options to the serving JVMs (a flight recording).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-pt_load}
ITEMS=${ITEMS:-1000000}
WORK=${WORK:-target/realistic-load}
PORT1=${PORT1:-8107}
PORT2=${PORT2:-8117}
OS_PORT=${OS_PORT:-8127}
STEPS=${STEPS:-corpus lucene-index opensearch-index lucene opensearch-one-and-two}
WARMUP=${WARMUP:-90}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
CLIENTS=${CLIENTS:-1,10,50}
HEAP=${HEAP:--Xmx2g}
JAR=${JAR:-target/peacetrack.jar}
JAVA_OPTS=${JAVA_OPTS:-}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
# BENCH_CLASSES: a copy of the compiled classes, so that a build during a long run does not pull them away
classpath="${BENCH_CLASSES:-target/classes:target/test-classes}:$(cat target/bench.classpath)"
db_url="jdbc:postgresql://127.0.0.1:5432/$DB"
# the same properties as server options (--name=value) and, for the command line's reindex, as -Dname=value
common=(spring.datasource.url="$db_url" spring.datasource.username=postgres spring.datasource.password=
        peacetrack.search.opensearch.uris="http://127.0.0.1:$OS_PORT" peacetrack.search.opensearch.index-prefix=ptload-)
lucene=(peacetrack.search.backend=lucene peacetrack.search.index-dir="$WORK/lucene")
opensearch=(peacetrack.search.backend=opensearch)
pids=()
os_pid=

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$os_pid" ] && kill "$os_pid" 2>/dev/null || true
}
trap cleanup EXIT

start_opensearch() {
  [ -n "$os_pid" ] && return
  # a node already serving on the port (started by hand, or still recovering its shards) is used as it is
  if ! curl -fs "http://127.0.0.1:$OS_PORT/" > /dev/null; then
    # its standard input stays open (a pipe from sleep): the node exits when it closes
    sleep infinity | java -Xms2g -Xmx2g -cp "$(cat target/opensearch-node.classpath)" \
        src/test/opensearch/OpenSearchTestNode.java "$OS_PORT" "$WORK/opensearch" > "$WORK/opensearch.log" 2>&1 &
    os_pid=$!
  fi
  # yellow: every primary shard assigned. A node killed before it flushed replays its translog first, which
  # took over ten minutes for 350,000 updates on the busy machine.
  for _ in $(seq 1 1800); do
    curl -fs "http://127.0.0.1:$OS_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" > /dev/null && return
    sleep 1
  done
  echo "OpenSearch did not start: $WORK/opensearch.log" >&2; exit 1
}

start_node() { # port, log name, backend options...
  local port=$1 name=$2; shift 2
  java $HEAP $JAVA_OPTS -jar "$JAR" --server.port="$port" --logging.file.name="$WORK/$name.log" \
      "${common[@]/#/--}" "${@/#/--}" > "$WORK/$name.out" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null && return
    sleep 1
  done
  echo "node on $port did not start: $WORK/$name.out" >&2; exit 1
}

stop_nodes() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  pids=()
}

load() { # label, urls, mix
  java -Xmx1g -cp "$classpath" org.peacetrack.benchmarks.load.LoadGenerator --label "$1" --urls "$2" --mix "$3" \
      --items "$ITEMS" --clients "$CLIENTS" --seconds "$SECONDS_PER_RUN" --warmup "$WARMUP" --table "$WORK/table.md"
}

# METRICS_AUTH (user:password of an administrator): after each mix, the first node's answers from the cache of
# anonymous answers (ADR 0062), as counted since it started: hits, misses and refusals by reason
cache_counts() { # url
  [ -n "${METRICS_AUTH:-}" ] || return 0
  local metric answer
  for metric in "requests?tag=result:hit" "requests?tag=result:miss" "refusals" "stores"; do
    answer=$(curl -fs -u "$METRICS_AUTH" "$1/actuator/metrics/peacetrack.cache.anonymous.$metric" || true)
    echo "cache $metric: $(grep -o '"value":[0-9.E]*' <<< "$answer" | head -1) \
$(grep -o '"values":\[[^]]*\]' <<< "$answer" | head -1)" | tee -a "$WORK/table.md"
  done
}

measure() { # label, urls
  load "$1" "$2" pages
  cache_counts "${2%%,*}"
  load "$1" "$2" search
  cache_counts "${2%%,*}"
}

echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), steps: $STEPS" | tee -a "$WORK/table.md"
for step in $STEPS; do
  case $step in
    corpus)
      java -Xmx4g -cp "$classpath" org.peacetrack.benchmarks.corpus.CorpusGenerator "$db_url" "$ITEMS" 5 ;;
    lucene-index)
      time java $HEAP "${common[@]/#/-D}" "${lucene[@]/#/-D}" -Dlogging.file.name="$WORK/reindex.log" \
          -jar "$JAR" reindex ;;
    opensearch-index)
      start_opensearch
      time java $HEAP "${common[@]/#/-D}" "${opensearch[@]/#/-D}" -Dlogging.file.name="$WORK/reindex-os.log" \
          -jar "$JAR" reindex ;;
    lucene)
      start_node "$PORT1" lucene "${lucene[@]}"
      measure "one node, Lucene" "http://127.0.0.1:$PORT1"
      stop_nodes ;;
    opensearch)
      start_opensearch
      start_node "$PORT1" opensearch "${opensearch[@]}"
      measure "one node, OpenSearch" "http://127.0.0.1:$PORT1"
      stop_nodes ;;
    two-nodes)
      start_opensearch
      start_node "$PORT1" node1 "${opensearch[@]}"
      start_node "$PORT2" node2 "${opensearch[@]}"
      measure "two nodes, OpenSearch" "http://127.0.0.1:$PORT1,http://127.0.0.1:$PORT2"
      stop_nodes ;;
    opensearch-one-and-two)
      # both nodes started once (a start takes minutes on a busy machine); the first alone, then both
      start_opensearch
      start_node "$PORT1" node1 "${opensearch[@]}"
      start_node "$PORT2" node2 "${opensearch[@]}"
      measure "one node, OpenSearch (second node idle)" "http://127.0.0.1:$PORT1"
      measure "two nodes, OpenSearch" "http://127.0.0.1:$PORT1,http://127.0.0.1:$PORT2"
      stop_nodes ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac
done
cat "$WORK/table.md"
