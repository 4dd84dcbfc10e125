# Shared by the benchmark scripts: sourced, not run. Installs what a fresh Debian machine lacks, runs
# a PostgreSQL cluster of its own for the benchmarks, builds the jar and starts the application.
# Every figure a script prints is measured in that one run; compare ratios, not absolute numbers.

set -euo pipefail

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_OUT=${BENCH_OUT:-$BENCH_ROOT/target/bench}
BENCH_PG_PORT=${BENCH_PG_PORT:-55432}
BENCH_PG_CLUSTER=${BENCH_PG_CLUSTER:-directorybench}
APP_PORT=${APP_PORT:-8181}
NGINX_PORT=${NGINX_PORT:-8182}
mkdir -p "$BENCH_OUT"

log() {
    echo "[bench] $*" >&2
}

# Debian's postgresql, nginx, wrk and curl, where missing.
ensure_packages() {
    local missing=()
    ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
    command -v pg_createcluster >/dev/null 2>&1 || missing+=(postgresql-common)
    [ -x /usr/sbin/nginx ] || missing+=(nginx)
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    command -v jcmd >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q >/dev/null
        apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

pg_major() {
    ls /usr/lib/postgresql | sort -n | tail -1
}

# A cluster of the benchmarks' own on BENCH_PG_PORT, with a superuser role "bench".
ensure_cluster() {
    local major
    major=$(pg_major)
    if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$BENCH_PG_CLUSTER"; then
        log "creating PostgreSQL $major cluster $BENCH_PG_CLUSTER on port $BENCH_PG_PORT"
        pg_createcluster "$major" "$BENCH_PG_CLUSTER" -p "$BENCH_PG_PORT" >/dev/null
    fi
    pg_ctlcluster "$major" "$BENCH_PG_CLUSTER" start >/dev/null 2>&1 || true
    for _ in $(seq 50); do
        su postgres -c "psql -p $BENCH_PG_PORT -Atqc 'SELECT 1'" >/dev/null 2>&1 && break
        sleep 0.2
    done
    su postgres -c "psql -p $BENCH_PG_PORT -qc \"DO \\\$\\\$ BEGIN CREATE ROLE bench LOGIN SUPERUSER PASSWORD 'bench'; EXCEPTION WHEN duplicate_object THEN NULL; END \\\$\\\$\"" >/dev/null
}

stop_cluster() {
    pg_ctlcluster "$(pg_major)" "$BENCH_PG_CLUSTER" stop -m fast
}

start_cluster() {
    pg_ctlcluster "$(pg_major)" "$BENCH_PG_CLUSTER" start
}

bench_psql() {
    PGPASSWORD=bench psql -h localhost -p "$BENCH_PG_PORT" -U bench -v ON_ERROR_STOP=1 -q "$@"
}

# Drops and creates database $1.
fresh_database() {
    bench_psql -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"
}

database_exists() {
    [ "$(bench_psql -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = '$1'")" = 1 ]
}

use_database() {
    export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$BENCH_PG_PORT/$1"
    export SPRING_DATASOURCE_USERNAME=bench
    export SPRING_DATASOURCE_PASSWORD=bench
}

# The packaged jar, built (tests skipped) when missing or older than the sources. Like deploy/start,
# the last of the names in order when several are there.
jar() {
    local built
    built=$(ls "$BENCH_ROOT"/target/directory-*.jar 2>/dev/null | tail -1 || true)
    if [ -z "$built" ] || [ -n "$(find "$BENCH_ROOT/src" "$BENCH_ROOT/pom.xml" -newer "$built" -type f | head -1)" ]; then
        log "building the jar"
        (cd "$BENCH_ROOT" && ./mvnw -B -q -DskipTests package >/dev/null)
        built=$(ls "$BENCH_ROOT"/target/directory-*.jar | tail -1)
    fi
    echo "$built"
}

# Migrates the current database with the application itself, then exits.
migrate() {
    java -Dspring.context.exit=onRefresh -jar "$(jar)" --server.port=0 > "$BENCH_OUT/migrate.log" 2>&1
}

# Uses database directory_scale_$1: the seed with $1 synthetic programs and other records in
# proportion (bench/generate.sql), migrated and generated anew unless BENCH_REUSE=1 finds it made.
scale_database() {
    local size=$1 database=directory_scale_$1 generate_start
    use_database "$database"
    if [ "${BENCH_REUSE:-0}" = 1 ] && database_exists "$database"; then
        log "reusing $database"
    else
        fresh_database "$database" 2>/dev/null
        migrate
    fi
    if [ "$size" -gt 0 ] && [ "$(bench_psql -d "$database" -Atc "SELECT count(*) FROM program WHERE slug LIKE 'gen-%'")" = 0 ]; then
        log "generating $size programs"
        generate_start=$(date +%s)
        bench_psql -d "$database" -v programs="$size" -f "$BENCH_ROOT/bench/generate.sql" > /dev/null
        log "generated in $(( $(date +%s) - generate_start )) s"
    fi
}

# deploy/start refuses to run as root, as production should: when the benchmarks run as root, the
# application (and jcmd, which must be its user to attach) runs as a system user of its own.
BENCH_USER=${BENCH_USER:-directory-bench}
BENCH_JVM_OUT=$BENCH_OUT/jvm

# The runtime folder deploy/start prepares the jar in: the benchmark's own unless the caller names one
# (a run with other JVM options needs another, since a JVM cache recorded with one collector is
# refused by another).
app_runtime_dir() {
    echo "${DIRECTORY_RUNTIME_DIR:-$BENCH_OUT/runtime}"
}

ensure_app_user() {
    local runtime
    runtime=$(app_runtime_dir)
    mkdir -p "$runtime" "$BENCH_JVM_OUT"
    if [ "$(id -u)" -eq 0 ]; then
        id -u "$BENCH_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$BENCH_USER"
        chown "$BENCH_USER" "$runtime" "$BENCH_JVM_OUT"
    fi
    chmod 700 "$runtime"
}

# The command that runs the rest as the application's user: setpriv, which execs, or nothing.
app_user_prefix() {
    if [ "$(id -u)" -eq 0 ]; then
        echo "setpriv --reuid=$BENCH_USER --regid=$(id -g "$BENCH_USER") --init-groups"
    fi
}

as_app_user() {
    # shellcheck disable=SC2046 # the prefix is several words
    $(app_user_prefix) "$@"
}

APP_PID=
APP_PIDS=()
STARTED_MS=

# Starts the application in the background (deploy/start unless APP_START says otherwise) on
# APP_PORT and waits for its first page; STARTED_MS says how many milliseconds that took. Extra
# arguments go to the application. It logs to $BENCH_OUT/app.log, or APP_LOG's name there: a second
# instance, started with another APP_PORT and APP_LOG, runs beside the first until stop_app stops
# both. Not in a subshell: stop_app needs APP_PID and APP_PIDS.
start_app() {
    local start_command=${APP_START:-"$BENCH_ROOT/deploy/start $(jar)"}
    local started
    ensure_app_user
    started=$(date +%s%N)
    # A simple command, not a function, so that the background job is setpriv itself, which execs
    # deploy/start, which execs the JVM: APP_PID is the JVM's own pid. shellcheck disable=SC2086,SC2046
    SERVER_PORT=$APP_PORT DIRECTORY_RUNTIME_DIR=$(app_runtime_dir) \
        $(app_user_prefix) $start_command "$@" > "$BENCH_OUT/${APP_LOG:-app.log}" 2>&1 &
    APP_PID=$!
    APP_PIDS+=("$APP_PID")
    until curl -sf -o /dev/null "http://localhost:$APP_PORT/"; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            log "the application died; see $BENCH_OUT/${APP_LOG:-app.log}"
            tail -20 "$BENCH_OUT/${APP_LOG:-app.log}" >&2
            return 1
        fi
        sleep 0.02
    done
    STARTED_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop_app() {
    local pid
    for pid in "${APP_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    APP_PIDS=()
    APP_PID=
}

# The pid of the JVM itself (deploy/start execs it, so it is APP_PID).
app_jvm_pid() {
    echo "$APP_PID"
}

# The heap JVM $1 uses after a full GC, as "N MB". G1 names its whole heap on one line; the serial
# collector its two generations on two (JDK 17 calls them "def new generation" and "tenured
# generation", JDK 25 "DefNew" and "Tenured").
heap_after_gc() {
    as_app_user jcmd "$1" GC.run > /dev/null
    as_app_user jcmd "$1" GC.heap_info | awk '/garbage-first heap|def new generation|tenured generation|^ *DefNew|^ *Tenured/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); kb += v } } END { print int(kb / 1024) " MB" }'
}

# wrk's figures as "requests/s p99-ms errors": $1 connections, $2 seconds, $3 URL, then wrk options.
wrk_run() {
    local connections=$1 seconds=$2 url=$3
    shift 3
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" "$url" > "$BENCH_OUT/wrk.out" 2>&1
    awk '
        /Requests\/sec:/ { rps = $2 }
        /^ +99%/ { p99 = $2 }
        /Socket errors/ { errors = $0 }
        /Non-2xx or 3xx/ { non2xx = $NF }
        END {
            unit = p99; sub(/[0-9.]+/, "", unit); value = p99; sub(/[a-z]+$/, "", value)
            ms = (unit == "us") ? value / 1000 : (unit == "s") ? value * 1000 : value
            printf "%.0f %.2f %s\n", rps, ms, (errors == "" && non2xx == "") ? "none" : errors " non-2xx " non2xx
        }' "$BENCH_OUT/wrk.out"
}

cleanup() {
    stop_app
    if [ -n "${NGINX_PID:-}" ]; then
        kill "$NGINX_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT
