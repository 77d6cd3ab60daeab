#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# check-documented.sh TRIO2O_SCHED MANPAGE COMPLETION [TRIO2O_CONSOLE CONSOLE_MANPAGE]
# Every subcommand that `trio2o-sched --help` lists has its own section in the
# man page (".SS name") and is offered by the bash completion; every option of
# `trio2o-sched COMMAND --help` appears in the man page and is completed.
# Every option of `trio2o-console --help` is in its man page (the backend
# options, which it shares, may be in trio2o-sched's instead).
set -u
sched=$1 manpage=$2 completion=$3 console=${4-} console_manpage=${5-}
export TRIO2O_LANG=en
status=0
complain() { echo "FAIL: $*" >&2; status=1; }

commands=$("$sched" --help | awk '/^[^ ].*:$/ { on = /^Commands:/; next } on && /^  [a-z]/ { print $1 }')
[ -n "$commands" ] || { echo "FAIL: no subcommands found in '$sched --help'" >&2; exit 1; }

# The completion, asked as bash asks it: COMP_WORDS/COMP_CWORD, answers in COMPREPLY.
complete_words() { # words... (the last one is the word being completed)
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _trio2o_sched; printf "%s\n" "${COMPREPLY[@]}"' \
        complete "$completion" "$sched" "$@"
}

offered=$(complete_words "")
for c in $commands; do
    grep -qxF ".SS $c" "$manpage" || complain "subcommand '$c' has no section '.SS $c' in $manpage"
    grep -qxF "$c" <<<"$offered" || complain "subcommand '$c' is not offered by the completion (got: $(echo $offered))"
    options=$("$sched" "$c" --help | grep -oE -- '--[a-z0-9-]+' | sort -u)
    [ -n "$options" ] || complain "'$sched $c --help' lists no options"
    offered_options=$(complete_words "$c" "--")
    for o in $options; do
        [ "$o" = --help ] && continue
        # groff writes a hyphen as \- ; accept either spelling.
        grep -qF -- "${o//-/\\-}" "$manpage" || grep -qF -- "$o" "$manpage" ||
            complain "option '$o' of '$c' is not in $manpage"
        grep -qxF -- "$o" <<<"$offered_options" || complain "option '$o' of '$c' is not completed"
    done
done
if [ -n "$console" ]; then
    for o in $(QT_QPA_PLATFORM=offscreen "$console" --help | grep -oE -- '--[a-z0-9-]+' | sort -u); do
        grep -qF -- "${o//-/\\-}" "$console_manpage" "$manpage" ||
            complain "option '$o' of trio2o-console is in neither $console_manpage nor $manpage"
    done
fi
echo "checked subcommands:" $commands
exit $status
