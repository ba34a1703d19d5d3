#!/bin/bash
# Starts the generated library backend, waits until it is ready, and prints what an operator
# cares about: time to readiness, resident memory after some traffic, and how a duplicate
# unique value is answered. Run after the main job: examples/library/measure-startup.sh
set -euo pipefail
jar=${1:-$(dirname "$0")/library/target/library-0.1.0-SNAPSHOT.jar}
port=${2:-18080}
log=$(mktemp)
start=$(date +%s%N)
SERVER_PORT=$port java -jar "$jar" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.05; done
ready=$(date +%s%N)
for _ in $(seq 1 50); do curl -s -o /dev/null "http://localhost:$port/api/books"; done
json='Content-Type: application/json'
curl -s -o /dev/null -X POST -H "$json" -d '{"name":"Ann","email":"ann@example.com"}' "http://localhost:$port/api/authors"
echo "duplicate unique email answers: $(curl -s -X POST -H "$json" -d '{"name":"Bob","email":"ann@example.com"}' "http://localhost:$port/api/authors")"
echo "ready after $(( (ready - start) / 1000000 )) ms; $(grep -o 'Started .* seconds[^)]*)' "$log")"
grep VmRSS "/proc/$pid/status"
