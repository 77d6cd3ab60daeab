#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# check-version.sh SOURCE_DIR VERSION PROGRAM...
# Each program's --version is "NAME VERSION" and, when SOURCE_DIR is a git
# checkout, " (git <its HEAD, 12 hex digits>)", with ", modified" when tracked
# files had uncommitted changes at build time.
set -u
src=$1 version=$2
shift 2
export QT_QPA_PLATFORM=offscreen
commit=$(git -C "$src" rev-parse --short=12 HEAD 2>/dev/null)
status=0
for prog in "$@"; do
    name=$(basename "$prog")
    got=$("$prog" --version 2>/dev/null) || { echo "FAIL: $name --version exited with $?" >&2; status=1; continue; }
    if [ -n "$commit" ]; then
        want="^$name ${version//./\\.} \\(git $commit(, modified)?\\)\$"
    else
        want="^$name ${version//./\\.}\$"
    fi
    grep -qE "$want" <<<"$got" || { echo "FAIL: $name --version says '$got', expected /$want/" >&2; status=1; }
    echo "$got"
done
exit $status
