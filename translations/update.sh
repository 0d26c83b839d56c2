#!/bin/sh
# Refreshes the .ts files from the sources git knows (git add new files
# first). Includes are found from the root (-I .), as the compiler finds
# them. The simulator's own strings are not translated. Qt 6.4 has no
# qt_add_lupdate, hence this script.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
files=$(git ls-files 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'app/*.cpp' 'app/*.h' \
    | grep -v -e '^core/sim/' -e '/sim_main.cpp$')
# shellcheck disable=SC2086
"$LUPDATE" -silent -locations none -no-obsolete -I . $files -ts translations/hcloud-desktop_de.ts
# shellcheck disable=SC2086
"$LUPDATE" -silent -locations none -no-obsolete -pluralonly -I . $files -ts translations/hcloud-desktop_en.ts
