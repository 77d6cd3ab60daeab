#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# check-completion.sh TRIO2O_SCHED COMPLETION
# The bash completion of trio2o-sched completes pod names, tenants and binding
# ids from the database given with --db, skips option values when counting
# arguments, offers fixed words for --policy, and asks nothing of a live cloud.
set -u
sched=$1 completion=$2
export TRIO2O_LANG=en
scratch=$(mktemp -d "${TMPDIR:-/tmp}/trio2o-completion.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
db=$scratch/cloud.sqlite
status=0

run() { "$sched" "$@" >"$scratch/out" 2>&1 || { echo "FAIL: trio2o-sched $*:"; cat "$scratch/out"; exit 1; } >&2; }
run generate --azs 2 --pods 4 --tenants 5 --seed 7 --db "$db"
run pods create --name completion-pod --az az9 --db "$db"
run bind completion-tenant completion-pod --db "$db"

complete_words() { # words... (the last one is the word being completed)
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _trio2o_sched; printf "%s\n" "${COMPREPLY[@]}"' \
        complete "$completion" "$sched" "$@"
}
expect() { # expected-lines -- words...
    local expected=$1; shift 2
    local got; got=$(complete_words "$@" | sort)
    if [ "$got" != "$(printf '%s\n' $expected | sort)" ]; then
        echo "FAIL: completing '$*': expected [$expected], got [$(echo $got)]" >&2
        status=1
    fi
}

expect "completion-pod" -- pods delete --db "$db" "completion-"
expect "completion-pod" -- bindings --db "$db" --pod "completion-p"
expect "completion-tenant" -- rebind --db "$db" "completion-t"
expect "completion-pod" -- bind --db "$db" completion-tenant "completion-"
expect "completion-tenant" -- schedule --db "$db" --tenant "completion-"
expect "az9" -- schedule --db "$db" --az "az9"
expect "weighted trio2o" -- schedule --policy ""
expect "list create delete set" -- pods ""
expect "completion-pod" -- drain --db "$db" "completion-"
expect "completion-pod" -- pods set --db "$db" "completion-"
expect "enabled maintenance disabled" -- pods set completion-pod --state ""
expect "completion-pod" -- drain completion-pod --db "$db" --to "completion-"
expect "--pod-az" -- pods --pod-
# An active binding id of the database, as `bindings --active --json` lists it.
binding=$("$sched" bindings --active --tenant completion-tenant --json --db "$db" | sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p')
[ -n "$binding" ] || { echo "FAIL: no binding id for completion-tenant" >&2; status=1; }
expect "$binding" -- unbind --db "$db" "$binding"
# Remote options: no names at all (nothing is contacted, nothing prompts).
expect "" -- pods delete --remote http://127.0.0.1:9 "completion-"
exit $status
