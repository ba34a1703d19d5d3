#!/bin/bash
# Starts the generated library backend, waits until it is ready, and prints what an operator
# cares about: time to readiness, resident memory after some traffic, and how a duplicate
# unique value is answered, signed in as the first administrator (created from the environment
# with a password drawn here; nothing is stored). Run after the main job: examples/library/measure-startup.sh
set -euo pipefail
jar=${1:-$(dirname "$0")/library/target/library-0.1.0-SNAPSHOT.jar}
port=${2:-18080}
log=$(mktemp)
start=$(date +%s%N)
admin_password=$(head -c 18 /dev/urandom | base64)
JWT_SECRET=$(head -c 48 /dev/urandom | base64) ADMIN_USERNAME=admin ADMIN_PASSWORD=$admin_password \
    SERVER_PORT=$port java -jar "$jar" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.05; done
ready=$(date +%s%N)
json='Content-Type: application/json'
echo "without a token: HTTP $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/api/books")"
token=$(curl -s -X POST -H "$json" -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" \
    "http://localhost:$port/api/auth/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
auth="Authorization: Bearer $token"
for _ in $(seq 1 50); do curl -s -o /dev/null -H "$auth" "http://localhost:$port/api/books"; done
curl -s -o /dev/null -X POST -H "$auth" -H "$json" -d '{"name":"Ann","email":"ann@example.com"}' "http://localhost:$port/api/authors"
echo "duplicate unique email answers: $(curl -s -X POST -H "$auth" -H "$json" -d '{"name":"Bob","email":"ann@example.com"}' "http://localhost:$port/api/authors")"
echo "ready after $(( (ready - start) / 1000000 )) ms; $(grep -o 'Started .* seconds[^)]*)' "$log")"
grep VmRSS "/proc/$pid/status"
