#!/usr/bin/env bash
# Builds mesolog's Linux desktop bundle, a program that runs without Python, from a clean state:
#   bash tools/bundle.sh [--dist DIR]
# gives DIR/mesolog/ (DIR is dist/ unless told): the `mesolog` program with its _internal/
# folder (PyInstaller, one folder, from packaging/pyinstaller/mesolog.spec), and
# DIR/mesolog-VERSION-linux-ARCH.tar.gz holding that folder. The desktop entry and icons of
# packaging/linux/, when that folder exists, go into the bundle as mesolog/desktop/.
# resources/translations/*.ts are compiled to their .qm first (the bundle holds those).
# BUILD-INFO in the bundle names the commit it was built from. Prints the bundle's size and
# the build's time. Needs the virtual environment tools/dev.sh makes (PyInstaller is a dev
# dependency). The bundle needs at least the glibc of the machine that built it.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
DIST=dist
SPEC=packaging/pyinstaller/mesolog.spec
DESKTOP=packaging/linux

say() { printf 'mesolog bundle: %s\n' "$*" >&2; }
usage() {
  echo "usage: bash tools/bundle.sh [--dist DIR]" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --dist)
      [ $# -ge 2 ] || usage
      DIST=$2
      shift 2
      ;;
    *) usage ;;
  esac
done

if ! "$VENV/bin/python" -m PyInstaller --version >/dev/null 2>&1; then
  say "PyInstaller is missing from $VENV: run bash tools/dev.sh test (or run) first"
  exit 1
fi

mkdir -p "$DIST"
DIST=$(cd "$DIST" && pwd)
BUNDLE=$DIST/mesolog
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Only a bundle this script built is removed (it holds BUILD-INFO): --dist .. from a
# checkout named mesolog, or a data folder named so, must never be wiped.
if [ -e "$BUNDLE" ] && [ ! -f "$BUNDLE/BUILD-INFO" ]; then
  say "$BUNDLE exists and is not a bundle this script built (no BUILD-INFO): nothing removed;"
  say "choose another --dist folder, or remove it yourself"
  exit 1
fi
rm -rf "$BUNDLE" "$DIST"/mesolog-*-linux-*.tar.gz

started=$(date +%s.%N)
# The spec takes resources/ as it is: its .qm (which git does not keep) compiled afresh first.
say "compiling the translations (tools/translations.sh release)"
bash tools/translations.sh release
say "building $BUNDLE with PyInstaller $("$VENV/bin/python" -m PyInstaller --version)"
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" "$SPEC"

if [ -d "$DESKTOP" ]; then
  say "adding the desktop entry and icons of $DESKTOP as mesolog/desktop/"
  mkdir -p "$BUNDLE/desktop"
  cp -R "$DESKTOP/mesolog.desktop" "$DESKTOP/icons" "$BUNDLE/desktop/"
else
  say "no $DESKTOP folder: the bundle has no desktop entry"
fi

commit=$(git rev-parse HEAD 2>/dev/null || echo unknown)
changed=$(git status --porcelain -- mesolog resources packaging pyproject.toml 2>/dev/null || true)
{
  echo "commit $commit"
  [ -z "$changed" ] || echo "with changes not committed"
} >"$BUNDLE/BUILD-INFO"

version=$("$BUNDLE/mesolog" --version)
version=${version#mesolog }
tarball=$DIST/mesolog-$version-linux-$(uname -m).tar.gz
tar -C "$DIST" --sort=name --owner=0 --group=0 --numeric-owner -czf "$tarball" mesolog
finished=$(date +%s.%N)

megabytes() { awk -v bytes="$1" 'BEGIN { printf "%.1f MB", bytes / 1048576 }'; }
say "$(awk -v s="$started" -v f="$finished" 'BEGIN { printf "built in %.0f s", f - s }')"
say "$BUNDLE: $(megabytes "$(du -sb "$BUNDLE" | cut -f1)") in $(find "$BUNDLE" -type f | wc -l) files"
say "$tarball: $(megabytes "$(stat -c %s "$tarball")")"
