#!/usr/bin/env bash
# Runs the Kairos benchmarks on a JDK 21+ (found as the root `kairos` launcher finds it).
#   kairos-bench/run.sh                 JMH (pipeline, ta4j, CSV ingest; -prof gc), then the memory footprint
#   kairos-bench/run.sh jmh [args...]   JMH only, with your arguments (e.g. -h, -l, PipelineBenchmark -prof gc,
#                                       IndicatorsBenchmark.allIndicators -prof gc)
#   kairos-bench/run.sh footprint       retained memory per bar only
#   kairos-bench/run.sh digest          fingerprints of the benchmarked runs (events, results): compare before/after a change
# Builds target/kairos-bench.jar first when it is missing or older than any source or POM.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
JAR="$HERE/target/kairos-bench.jar"

java_major() { # prints the feature version of a java binary, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_java() {
  local c v
  for c in "${KAIROS_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null || true)" \
           /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /opt/*/bin/java "$HOME"/.sdkman/candidates/java/*/bin/java; do
    [ -n "$c" ] && [ -x "$c" ] || continue
    v="$(java_major "$c")"
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$c"; return 0; fi
  done
  return 1
}

needs_build() { # as the root launcher decides it
  [ -f "$JAR" ] || return 0
  [ -n "$(find "$ROOT" \( -path "$ROOT/runs" -o -path "$ROOT/.git" -o -name target \) -prune -o \
        \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$JAR" -print -quit)" ]
}

if needs_build; then
  echo "kairos-bench: building $JAR..." >&2
  "$ROOT/mvnw" -q -B -f "$ROOT/pom.xml" -Dmaven.test.skip=true -pl kairos-bench -am package >&2
fi

if ! JAVA="$(find_java)"; then
  echo "kairos-bench: no Java 21 or newer found; install one or set KAIROS_JAVA to its java binary" >&2
  exit 1
fi
echo "kairos-bench: $JAVA ($("$JAVA" -version 2>&1 | head -n 1))" >&2

footprint() {
  "$JAVA" -XX:+UseParallelGC -Xms3g -Xmx3g -Djol.magicFieldOffset=true -cp "$JAR" dev.kairos.bench.Footprint
}

case "${1:-all}" in
  jmh) shift; exec "$JAVA" -jar "$JAR" "$@" ;;
  footprint) footprint ;;
  digest) exec "$JAVA" -XX:+UseParallelGC -Xmx3g -cp "$JAR" dev.kairos.bench.EventDigest ;;
  all)
    mkdir -p "$HERE/target"
    "$JAVA" -jar "$JAR" -prof gc -rf json -rff "$HERE/target/jmh-result.json" 'dev\.kairos\.bench\.(Pipeline|Ta4j|CsvIngest)Benchmark\.'
    footprint ;;
  *) echo "usage: $0 [all | jmh [JMH args...] | footprint | digest]" >&2; exit 2 ;;
esac
