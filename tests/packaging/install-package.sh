#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# install-package.sh BUILD_DIR APP_ID ICON_SIZES
# Builds the .deb from BUILD_DIR with CPack (as `make package` does), unpacks
# it into a scratch root with dpkg -x, checks its control fields and files, and
# runs the installed programs from there: both --version, trio2o-sched and the
# console's --help in German (embedded translations, Qt's own from the system),
# and the console offscreen on a database until it saves a screenshot (the SVG
# icons loaded through Qt's image plugin).
set -u
build=$1 appid=$2 sizes=${3//;/ } # sizes: a CMake list
scratch=$(mktemp -d "${TMPDIR:-/tmp}/trio2o-package.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
status=0
fail() { echo "FAIL: $*" >&2; status=1; }
fatal() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out") >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log" >&2; fatal "cpack -G DEB failed"; }
debs=("$scratch"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fatal "cpack made no single .deb: ${debs[*]}"
deb=${debs[0]}
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Control fields: dependencies from dpkg-shlibdeps plus the Qt plugins named by hand.
control=$(dpkg-deb --field "$deb") || fatal "dpkg-deb cannot read $deb"
field() { sed -n "s/^$1: //p" <<<"$control"; }
[ "$(field Package)" = trio2o-console ] || fail "Package is '$(field Package)'"
[ "$(field Section)" = admin ] || fail "Section is '$(field Section)'"
[ -n "$(field Homepage)" ] || fail "no Homepage field"
[ -n "$(field Description)" ] || fail "no Description field"
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6network6 libc6 libqt6svg6 libqt6sql6-sqlite; do
    grep -qE "(^|, )$dep( |,|$)" <<<"$(field Depends)" || fail "Depends lacks $dep: $(field Depends)"
done

root=$scratch/root
dpkg -x "$deb" "$root" || fatal "dpkg -x failed"
share=$root/usr/share
for f in usr/bin/trio2o-console usr/bin/trio2o-sched \
         usr/share/applications/$appid.desktop usr/share/metainfo/$appid.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$appid.svg \
         usr/share/man/man1/trio2o-sched.1.gz usr/share/man/man1/trio2o-console.1.gz \
         usr/share/bash-completion/completions/trio2o-sched usr/share/doc/trio2o-console/LICENSE; do
    [ -s "$root/$f" ] || fail "the package lacks /$f"
done
# Each PNG icon is a PNG of its folder's size (width and height from the IHDR chunk).
for n in $sizes; do
    png=$share/icons/hicolor/${n}x${n}/apps/$appid.png
    [ -s "$png" ] || { fail "the package lacks the ${n}px icon"; continue; }
    read -r magic w h < <(od -An -tx1 -j0 -N24 "$png" | tr -d ' \n' |
        sed -E 's/^(.{16}).{16}(.{8})(.{8})$/\1 \2 \3/')
    [ "$magic" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
    [ $((16#$w)) -eq "$n" ] && [ $((16#$h)) -eq "$n" ] || fail "$png is $((16#$w))x$((16#$h)), not ${n}x${n}"
done
# The desktop entry names the installed icon and program.
desktop=$share/applications/$appid.desktop
[ "$(sed -n 's/^Icon=//p' "$desktop")" = "$appid" ] || fail "Icon= of the desktop entry is not $appid"
[ -x "$root/usr/bin/$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")" ] || fail "Exec= of the desktop entry is not installed"
gzip -t "$share/man/man1/trio2o-sched.1.gz" || fail "the man page is not a valid gzip file"

# The installed programs, run from the scratch root, with a scratch home.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME"
sched=$root/usr/bin/trio2o-sched console=$root/usr/bin/trio2o-console
want=$("$build/cli/trio2o-sched" --version)
got=$("$sched" --version) || fail "installed trio2o-sched --version failed"
[ "$got" = "$want" ] || fail "installed trio2o-sched --version says '$got', the build '$want'"
grep -qE '^trio2o-sched [0-9]+\.[0-9]+\.[0-9]+' <<<"$got" || fail "trio2o-sched --version: '$got'"
got=$("$console" --version) || fail "installed trio2o-console --version failed"
[ "$got" = "trio2o-console ${want#trio2o-sched }" ] || fail "installed trio2o-console --version says '$got'"
echo "versions: $want / $got"

TRIO2O_LANG=de "$sched" --help | grep -q '^Befehle:' || fail "TRIO2O_LANG=de trio2o-sched --help is not German"
# One line: the help wraps its descriptions at the width the longest option leaves.
help=$("$console" --lang de --help | tr -s ' \n' '  ') || fail "installed trio2o-console --lang de --help failed"
grep -q 'Die Sprache der Benutzeroberfläche' <<<"$help" || fail "trio2o-console --lang de --help lacks our German text"
grep -q 'Zeigt Hilfe zu den Kommandozeilenoptionen' <<<"$help" || fail "trio2o-console --lang de --help lacks Qt's German text (qt6-translations-l10n)"

db=$scratch/cloud.sqlite shot=$scratch/console.png
"$sched" generate --azs 2 --pods 6 --tenants 20 --seed 3 --db "$db" >/dev/null || fatal "installed trio2o-sched generate failed"
QT_DEBUG_PLUGINS=1 "$console" --db "$db" --lang de --screenshot "$shot" 2>"$scratch/console.log" ||
    { tail -20 "$scratch/console.log" >&2; fail "the installed console did not save a screenshot"; }
[ "$(od -An -tx1 -N8 "$shot" 2>/dev/null | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the console's screenshot is not a PNG"
grep -q 'imageformats/libqsvg.so' "$scratch/console.log" || fail "the console did not load Qt's SVG image plugin (icons)"
exit $status
