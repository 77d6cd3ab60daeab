#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Counts the engines the store suites ran on (tests/model/storetestdatabases.h
# leaves the marks), for ctest's "storeengines" fixture:
#
#   store-engines.sh reset DIR    # before the first store suite: forget the last run
#   store-engines.sh report DIR   # after the last one: print and check the counts
#
# DIR/<engine>-requested/<suite>: the suite was asked to run on <engine>;
# DIR/<engine>-ran/<suite>: it got to its end on <engine>. The report fails
# when a suite asked for an engine did not run on it, and in particular when
# PostgreSQL variants were asked for and none ran. It also writes its lines
# to DIR/summary for `make test` to show.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 reset|report DIR" >&2; exit 2; }

names() { [ -d "$dir/$1" ] && find "$dir/$1" -maxdepth 1 -type f -printf '%f\n' | sort || true; }
count() { names "$1" | grep -c . || true; }

case "$cmd" in
    reset)
        rm -rf "$dir"
        mkdir -p "$dir"
        ;;
    report)
        mkdir -p "$dir"
        status=0
        {
            echo "Store suites: $(count sqlite-ran) on SQLite, $(count postgresql-ran) on PostgreSQL"
            for engine in sqlite postgresql; do
                missing=$(comm -23 <(names "$engine-requested") <(names "$engine-ran") | tr '\n' ' ')
                if [ -n "$missing" ]; then
                    echo "FAILED: asked to run on $engine but did not get to their end: $missing"
                    status=1
                fi
            done
            if [ "$(count postgresql-requested)" -gt 0 ] && [ "$(count postgresql-ran)" -eq 0 ]; then
                echo "FAILED: the PostgreSQL variants were asked for and none ran on PostgreSQL"
                status=1
            fi
        } | tee "$dir/summary"
        grep -q '^FAILED' "$dir/summary" && exit 1
        exit 0
        ;;
    *) echo "usage: $0 reset|report DIR" >&2; exit 2 ;;
esac
