#!/bin/bash
# Loads, one after the other in the order A B A B, (A) the generated library backend, called
# with a JWT, and (B) the minimal Spring MVC + JPA app in minimal/ with the same entity and no
# security. Prints, per app and round: time from process start to readiness, resident memory
# after the load, requests/s and p50/p99 latency of GET /api/authors/{id}, the 1-minute load
# average before and after; then the medians, the ratios A/B, and A's liveness probe answered
# with and without a bearer token.
#
#   examples/load/load.sh [library jar]
#
# Environment: WARMUP (s, default 10), DURATION (s, 20), CONNECTIONS (16), THREADS (2),
# LIVENESS_DURATION (s, 10), JVM_FLAGS (the JVM flags of both apps; default: the generated
# Dockerfile's), JAVA_FLAGS (further flags), CDS (1: both apps start from an extracted jar with a
# class-data-sharing archive made by a training run, as the generated Dockerfile does; 0: plain jar).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
jar_a=${1:-$here/../library/library/target/library-0.1.0-SNAPSHOT.jar}
jar_b=$here/minimal/target/minimal-0.1.0-SNAPSHOT.jar
warmup=${WARMUP:-10}
duration=${DURATION:-20}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
liveness_duration=${LIVENESS_DURATION:-10}
# the generated Dockerfile's ENTRYPOINT flags (keep both in step)
java_flags="${JVM_FLAGS:--Xmx96m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError} ${JAVA_FLAGS:-}"
cds=${CDS:-1}
json='Content-Type: application/json'

if [[ ! -f $jar_a ]]; then
    cat >&2 <<EOF
The generated library jar is missing: $jar_a
Build it first (the main job in examples/library/README.md), or generate and build it anywhere:
  mkdir -p /tmp/loadlib && cp examples/library/design.yaml /tmp/loadlib/ && cd /tmp/loadlib
  mvn -B -q dev.backendbuilder:builder-maven-plugin:0.1.0-SNAPSHOT:generate
  mvn -B -q -f library/pom.xml package -DskipTests -Dbuilder.skip=true
and pass its path: examples/load/load.sh /tmp/loadlib/library/target/library-0.1.0-SNAPSHOT.jar
EOF
    exit 1
fi

if ! command -v wrk > /dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
        echo "wrk is missing; installing it: apt-get install -y -qq wrk"
        apt-get install -y -qq wrk > /dev/null
    else
        echo "wrk is missing; install it (Debian/Ubuntu: sudo apt-get install wrk)" >&2
        exit 1
    fi
fi

if [[ ! -f $jar_b ]] || [[ -n $(find "$here/minimal/src" "$here/minimal/pom.xml" -newer "$jar_b" -print -quit) ]]; then
    echo "building minimal/ ..."
    mvn -B -q -o -f "$here/minimal/pom.xml" package -DskipTests || mvn -B -q -f "$here/minimal/pom.xml" package -DskipTests
fi

work=$(mktemp -d)
pid=
stop_app() {
    [[ -n $pid ]] || return 0
    kill "$pid" 2> /dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    pid=
}
trap 'stop_app; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

port_free() { ! (echo > "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }
free_port() {
    local p=$1
    until port_free "$p"; do p=$((p + 1)); done
    echo "$p"
}

load1() { cut -d' ' -f1 /proc/loadavg; }

# prepare_cds NAME JAR: with CDS=1, extracts the jar and makes its archive by a training run (the
# context starts and exits on refresh), as the generated Dockerfile's run stage does; prints the
# jar to start and the flag that uses the archive.
prepare_cds() {
    local name=$1 jar=$2 dir=$work/cds-$1
    if [[ $cds != 1 ]]; then
        echo "$jar"
        return
    fi
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" > /dev/null
    local start=$(date +%s%N)
    (cd "$dir" && java $java_flags -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
        -jar "$(basename "$jar")" > "$work/$name-training.log" 2>&1) \
        || { echo "$name: the CDS training run failed; its log:" >&2; tail -30 "$work/$name-training.log" >&2; exit 1; }
    echo "$name: CDS archive made in $(( ($(date +%s%N) - start) / 1000000 )) ms" >&2
    echo "$dir/$(basename "$jar") -XX:SharedArchiveFile=$dir/app.jsa"
}

# start_app NAME JAR PORT [VAR=value ...]: sets pid and ready_ms (JAR may be followed by the CDS flag)
start_app() {
    local name=$1 jar=${2%% *} port=$3 archive=
    [[ $2 == *' '* ]] && archive=${2#* }
    shift 3
    local log=$work/$name.log start
    start=$(date +%s%N)
    env "$@" SERVER_PORT="$port" java $java_flags $archive -jar "$jar" > "$log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do
        if ! kill -0 "$pid" 2> /dev/null || (( $(date +%s%N) - start > 180000000000 )); then
            echo "$name did not become ready; the end of its log:" >&2
            tail -30 "$log" >&2
            exit 1
        fi
        sleep 0.05
    done
    ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }

# run_wrk SECONDS URL [HEADER]: prints "req/s p50_ms p99_ms non2xx"
run_wrk() {
    local seconds=$1 url=$2 header=${3:-}
    local args=(-t"$threads" -c"$connections" -d"${seconds}s" --latency)
    [[ -n $header ]] && args+=(-H "$header")
    wrk "${args[@]}" "$url" | awk '
        function ms(v) {
            if (v ~ /us$/) return v / 1000
            if (v ~ /ms$/) return v + 0
            if (v ~ /m$/) return v * 60000
            if (v ~ /s$/) return v * 1000
            return v
        }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { bad = $NF }
        END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }'
}

check_200() {
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' "$@")
    [[ $code == 200 ]] || { echo "expected 200 from ${*: -1}, got $code" >&2; exit 1; }
}

rows=()
liveness=()

round_a() {
    local round=$1 port before password token auth id base
    port=$(free_port 18181)
    base=http://localhost:$port
    before=$(load1)
    password=$(head -c 18 /dev/urandom | base64)
    start_app A "$run_a" "$port" JWT_SECRET="$(head -c 48 /dev/urandom | base64)" ADMIN_USERNAME=admin \
        ADMIN_PASSWORD="$password" APP_RATE_LIMIT_REQUESTS=1000000000
    token=$(curl -sf -X POST -H "$json" -d "{\"username\":\"admin\",\"password\":\"$password\"}" \
        "$base/api/auth/token" | jq -r .access_token)
    auth="Authorization: Bearer $token"
    id=$(curl -sf -X POST -H "$auth" -H "$json" -d '{"name":"Ann","email":"ann@example.com"}' \
        "$base/api/authors" | jq -r .id)
    check_200 -H "$auth" "$base/api/authors/$id"
    run_wrk "$warmup" "$base/api/authors/$id" "$auth" > /dev/null
    read -r rps p50 p99 bad < <(run_wrk "$duration" "$base/api/authors/$id" "$auth")
    read -r l_rps l_p50 l_p99 l_bad < <(run_wrk "$liveness_duration" "$base/actuator/health/liveness")
    read -r t_rps t_p50 t_p99 t_bad < <(run_wrk "$liveness_duration" "$base/actuator/health/liveness" "$auth")
    rows+=("A $round $ready_ms $(rss_mb) $rps $p50 $p99 $bad $before $(load1)")
    liveness+=("$round $l_rps $l_p50 $l_p99 $l_bad $t_rps $t_p50 $t_p99 $t_bad")
    echo "A round $round: ready in $ready_ms ms, $rps req/s, p99 $p99 ms (load $before -> $(load1))" >&2
    stop_app
}

round_b() {
    local round=$1 port before id base
    port=$(free_port 18182)
    base=http://localhost:$port
    before=$(load1)
    start_app B "$run_b" "$port"
    id=$(curl -sf -X POST -H "$json" -d '{"name":"Ann","email":"ann@example.com"}' "$base/api/authors" | jq -r .id)
    check_200 "$base/api/authors/$id"
    run_wrk "$warmup" "$base/api/authors/$id" > /dev/null
    read -r rps p50 p99 bad < <(run_wrk "$duration" "$base/api/authors/$id")
    rows+=("B $round $ready_ms $(rss_mb) $rps $p50 $p99 $bad $before $(load1)")
    echo "B round $round: ready in $ready_ms ms, $rps req/s, p99 $p99 ms (load $before -> $(load1))" >&2
    stop_app
}

echo "A: $jar_a"
echo "B: $jar_b"
echo "wrk: $threads threads, $connections connections, ${warmup} s warm-up, ${duration} s measured" \
    "(liveness ${liveness_duration} s each); JVM: $java_flags; $(nproc) cores"
echo "load average at start: $(cat /proc/loadavg)"
run_a=$(prepare_cds A "$jar_a")
run_b=$(prepare_cds B "$jar_b")
echo "CDS: $([[ $cds == 1 ]] && echo "on (an archive per app from a training run)" || echo off)"
for round in 1 2; do
    round_a "$round"
    round_b "$round"
done
echo "load average at end:   $(cat /proc/loadavg)"
echo

median() { sort -g | awk '{ v[NR] = $1 } END { printf "%g", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { printf '%s\n' "${rows[@]}" | awk -v app="$1" -v c="$2" '$1 == app { print $c }' | median; }

format='%-4s %-6s %9s %7s %9s %8s %8s %7s %12s\n'
printf "$format" app round "ready ms" "rss MB" "req/s" "p50 ms" "p99 ms" non-2xx "load bef/aft"
for row in "${rows[@]}"; do
    read -r app round ready rss rps p50 p99 bad before after <<< "$row"
    printf "$format" "$app" "$round" "$ready" "$rss" "$rps" "$p50" "$p99" "$bad" "$before/$after"
done
for app in A B; do
    printf "$format" "$app" median "$(printf %.0f "$(column_of "$app" 3)")" "$(printf %.0f "$(column_of "$app" 4)")" \
        "$(printf %.0f "$(column_of "$app" 5)")" "$(printf %.2f "$(column_of "$app" 6)")" \
        "$(printf %.2f "$(column_of "$app" 7)")" "" ""
done
echo
awk -v ra="$(column_of A 5)" -v rb="$(column_of B 5)" -v pa="$(column_of A 7)" -v pb="$(column_of B 7)" 'BEGIN {
    printf "A/B req/s: %.2f (target >= 0.60)\n", ra / rb
    printf "A/B p99:   %.2f (target <= 2.00)\n", pa / pb }'
echo
echo "A, GET /actuator/health/liveness:"
format='%-6s %-14s %9s %8s %8s %7s\n'
printf "$format" round token req/s "p50 ms" "p99 ms" non-2xx
for row in "${liveness[@]}"; do
    read -r round l_rps l_p50 l_p99 l_bad t_rps t_p50 t_p99 t_bad <<< "$row"
    printf "$format" "$round" without "$l_rps" "$l_p50" "$l_p99" "$l_bad"
    printf "$format" "$round" "bearer token" "$t_rps" "$t_p50" "$t_p99" "$t_bad"
done
