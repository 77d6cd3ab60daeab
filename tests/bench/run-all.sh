#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs every benchmark of the build with repetitions and prints medians.
# Usage: run-all.sh BUILD_DIR [benchmark-filter]
set -eu
build=${1:-build}
filter=${2:-.}
status=0
[ -n "$(ls "$build"/bench/bench_* 2>/dev/null)" ] || { echo "no benchmarks in $build/bench (is libbenchmark-dev installed?)" >&2; exit 1; }
for b in "$build"/bench/bench_*; do
    [ -x "$b" ] || continue
    echo "== $(basename "$b")"
    "$b" --benchmark_filter="$filter" --benchmark_repetitions=5 \
         --benchmark_report_aggregates_only=true --benchmark_min_time=0.01 || status=1
done
exit $status
