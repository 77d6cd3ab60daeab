#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A throwaway PostgreSQL server for the store tests.
#
#   pg-test-server.sh start STATE_DIR   # prints nothing on success; writes STATE_DIR/connection
#   pg-test-server.sh stop STATE_DIR    # stops the server and removes everything it made
#
# Installs Debian's `postgresql` when missing, runs initdb/pg_ctl as a non-root
# user (trio2o-pgtest, created when running as root), listens on 127.0.0.1 on
# a free port with a random password (scram-sha-256). STATE_DIR/connection
# holds two lines: the postgresql:// URL (no password) and the password, for
# the tests to put in PGPASSWORD. Durability is off (fsync): it is thrown away.
set -euo pipefail

cmd=${1:-}
state=${2:-}
[ -n "$cmd" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
mkdir -p "$state"
state=$(cd "$state" && pwd)

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
PGUSER_OS=trio2o-pgtest

bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$PGUSER_OS" -- "$@"
    else
        "$@"
    fi
}

stop() {
    [ -f "$state/dir" ] || { rm -f "$state/connection"; return 0; }
    local dir bin
    dir=$(cat "$state/dir")
    bin=$(bindir || true)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    case "$dir" in /tmp/trio2o-pgtest.*) rm -rf "$dir" ;; esac
    rm -f "$state/dir" "$state/connection"
}

start() {
    stop # a server left by an interrupted run
    local bin
    bin=$(bindir || true)
    if [ -z "$bin" ]; then
        echo "PostgreSQL server binaries missing: installing Debian's postgresql" >&2
        $SUDO apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends postgresql >&2
        bin=$(bindir) || { echo "cannot find initdb after installing postgresql" >&2; exit 1; }
    fi
    if [ "$(id -u)" -eq 0 ] && ! id "$PGUSER_OS" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"
    fi
    local dir password port log
    dir=$(mktemp -d /tmp/trio2o-pgtest.XXXXXX)
    echo "$dir" > "$state/dir"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$dir/pwfile"
    chmod 700 "$dir"
    [ "$(id -u)" -eq 0 ] && chown -R "$PGUSER_OS" "$dir"
    log="$dir/server.log"
    as_owner "$bin/initdb" -D "$dir/data" -U trio2o --pwfile="$dir/pwfile" --auth-local=trust \
        --auth-host=scram-sha-256 --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    # A free port: try random ones until the server starts on one.
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        port=$(( 20000 + RANDOM % 30000 ))
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$log" -w -t 60 start -o \
            "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB" >/dev/null 2>&1; then
            printf 'postgresql://trio2o@127.0.0.1:%s/postgres\n%s\n' "$port" "$password" > "$state/connection"
            chmod 600 "$state/connection"
            echo "PostgreSQL test server on 127.0.0.1:$port (data in $dir)"
            return 0
        fi
    done
    echo "cannot start the PostgreSQL test server; its log:" >&2
    cat "$log" >&2 || true
    stop
    exit 1
}

case "$cmd" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
