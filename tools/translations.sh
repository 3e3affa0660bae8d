#!/usr/bin/env bash
# mesolog's translations (docs/translation-plan.md §6):
#   bash tools/translations.sh update    # the sources' marked strings into resources/translations/*.ts
#   bash tools/translations.sh release   # each resources/translations/*.ts compiled to a .qm beside it
# update runs pyside6-lupdate over every tracked module of mesolog/ (a folder would give it
# no Python at all), with phrase() and phrase_n() of mesolog/domain/texts.py told to it as
# QT_TRANSLATE_NOOP and translate: mesolog_el.ts gets every message, mesolog_en.ts only the
# plural ones (English needs a catalogue for "1 day" / "3 days" alone). -locations none keeps
# line numbers out, so moving code changes no .ts and translators of different contexts
# merge cleanly. Vanished messages are kept (marked so) until the translation is complete,
# so a string that moved keeps its Greek. qtbase_el.ts is made by hand; release compiles it
# with the others. Needs the virtual environment tools/dev.sh makes.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
FOLDER=resources/translations
ALIASES=QT_TRANSLATE_NOOP+=phrase,translate+=phrase_n

usage() {
  echo "usage: bash tools/translations.sh update|release" >&2
  exit 2
}

update() {
  local files
  files=$(mktemp)
  trap 'rm -f "$files"' RETURN
  git ls-files 'mesolog/*.py' >"$files"
  "$VENV/bin/pyside6-lupdate" -locations none -tr-function-alias "$ALIASES" \
    @"$files" -target-language el_GR -ts "$FOLDER/mesolog_el.ts"
  "$VENV/bin/pyside6-lupdate" -locations none -pluralonly -tr-function-alias "$ALIASES" \
    @"$files" -target-language en_GB -ts "$FOLDER/mesolog_en.ts"
}

# Each .qm is compiled beside its final name and renamed into place: a window or a test that
# has the old one loaded (Qt maps it into memory) keeps reading it whole, where writing over
# it would cut it short under that process (a bus error; tests/test_bundle.py builds the
# bundle, and so compiles these, while the other test worker reads them).
release() {
  local ts qm
  for ts in "$FOLDER"/*.ts; do
    qm=${ts%.ts}.qm
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm.new"
    mv -f "$qm.new" "$qm"
  done
}

[ $# -eq 1 ] || usage
case "$1" in
  update) update ;;
  release) release ;;
  *) usage ;;
esac
