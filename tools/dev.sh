#!/usr/bin/env bash
# Sets up everything mesolog needs on a Debian machine with Python 3.11 or newer, then
#   bash tools/dev.sh run [--demo] [mesolog arguments...]   starts the app
#   bash tools/dev.sh test [pytest arguments...]            runs linters and the whole test suite
#                                                           (all but the window tests in en_GB,
#                                                           then the services, command-line,
#                                                           integrity and persistence tests on
#                                                           PostgreSQL, the window tests in
#                                                           el_GR and the date and number
#                                                           helpers in four locales as said at
#                                                           WINDOW_TESTS, and the in-process
#                                                           tests twice), or the tests the
#                                                           arguments name
#   bash tools/dev.sh test-postgresql [pytest arguments...] runs the services, command-line,
#                                                           integrity and persistence tests
#                                                           again with each test's clinic on
#                                                           PostgreSQL (POSTGRESQL_TESTS)
#   bash tools/dev.sh mutate [TARGET...]                    mutation-tests the rules that protect
#                                                           patients and records (minutes)
# Safe to run again: it installs only what is missing or changed.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
# Qt's libraries for a window (xcb) and for headless tests (offscreen), a font with Greek.
RUN_PACKAGES=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core)
# The PostgreSQL tests start a throwaway cluster from Debian's server binaries;
# poppler-utils reads generated PDFs back (pdffonts, pdftotext).
# The desktop bundle's test builds with PyInstaller (binutils: objdump, strip) and logs in on
# an X server (xvfb, xdotool); the packaging tests validate the .desktop entry
# (desktop-file-utils), launch it (libglib2.0-bin: gio) and build the Windows installer (nsis).
# The rename-order test records the system calls of each write path (strace).
TEST_PACKAGES=(postgresql poppler-utils locales binutils xvfb xdotool desktop-file-utils nsis
  libglib2.0-bin strace)
# The window tests run in el_GR, a Greek clinic's locale (a decimal comma, the other
# language's formats), the rest of the suite in en_GB. The date and number helpers every
# window uses and the PDFs run in en_GB, el_GR, en_US (month first, 12-hour clock) and C.UTF-8
# (ISO, no locale): each room's tests in every locale would take the run far past 20 minutes
# on two cores.
OTHER_LOCALES=(el_GR.UTF-8 en_US.UTF-8 C.UTF-8)
WINDOW_TESTS=(tests/ui tests/test_app.py)
LOCALE_TESTS=("${WINDOW_TESTS[@]}" tests/reports tests/services/test_summary.py)
FORMAT_TESTS=(tests/ui/common tests/reports tests/services/test_summary.py)
# Run twice in one process: state one test leaves in a module (a cache, a registered
# font, a loaded schema) must not change the next run's results.
TWICE_TESTS=(tests/domain tests/interchange tests/reports)

# Again with each test's `clinic` on a database of the test cluster (tests/conftest.py
# DATABASE); a test that handles the SQLite file itself, or is marked sqlite_only, is skipped
# with its reason. Part of `test` (about 2.5 minutes on two cores), and on its own
# `test-postgresql`.
POSTGRESQL_TESTS=(tests/services tests/cli tests/integrity tests/persistence)

# One pytest worker per core (pytest-xdist); MESOLOG_TEST_WORKERS=0 runs in one process.
WORKERS=${MESOLOG_TEST_WORKERS:-auto}

say() { printf 'mesolog setup: %s\n' "$*" >&2; }

debian_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

locale_run() {
  local name=$1
  shift
  say "tests in $name: $*"
  MESOLOG_TEST_LOCALE=$name "$VENV/bin/pytest" -q -n "$WORKERS" --dist worksteal "$@"
}

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

system_locales() {
  local wanted=(en_GB.UTF-8 "${OTHER_LOCALES[@]}") missing=()
  for name in "${wanted[@]}"; do
    locale -a 2>/dev/null | grep -qix "${name%.UTF-8}.utf8" || missing+=("$name")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "generating locales: ${missing[*]}"
  for name in "${missing[@]}"; do
    sudo_if_needed sed -i "s/^# *\(${name} UTF-8\)/\1/" /etc/locale.gen
  done
  sudo_if_needed locale-gen >/dev/null
}

python_interpreter() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      echo "$candidate"
      return
    fi
  done
  say "Python 3.11 or newer is needed (Debian: apt-get install python3 python3-venv)"
  exit 1
}

python_environment() {
  local stamp="$VENV/.mesolog-installed"
  local wanted
  wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment in $VENV"
    "$(python_interpreter)" -m venv "$VENV"
  fi
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    say "installing mesolog and its Python packages"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q -e ".[dev]"
    echo "$wanted" >"$stamp"
  fi
  compiled_translations
}

# The window and the tests read resources/translations/*.qm, which git does not keep: each
# .ts compiled again when its .qm is missing or older than it (a pull, a checkout or an edit
# gives the .ts a new time). tests/test_qm_current.py checks the bytes.
compiled_translations() {
  local ts
  for ts in resources/translations/*.ts; do
    if [ ! "${ts%.ts}.qm" -nt "$ts" ]; then
      say "compiling the translations (tools/translations.sh release)"
      bash tools/translations.sh release
      return
    fi
  done
}

command=${1:-}
shift || true
case "$command" in
  run)
    debian_packages "${RUN_PACKAGES[@]}"
    python_environment
    if [ "${1:-}" = "--demo" ]; then
      shift
      "$VENV/bin/mesolog" "$@" demo --if-empty
    fi
    exec "$VENV/bin/mesolog" "$@"
    ;;
  test)
    debian_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    system_locales
    python_environment
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    "$VENV/bin/mypy"
    if [ $# -gt 0 ]; then
      exec "$VENV/bin/pytest" "$@"
    fi
    "$VENV/bin/pytest" -n "$WORKERS" --dist worksteal --durations=25 \
      "${WINDOW_TESTS[@]/#/--ignore=}"
    say "the services, command-line, integrity and persistence tests on PostgreSQL"
    MESOLOG_TEST_DATABASE=postgresql "$VENV/bin/pytest" -q -n "$WORKERS" --dist worksteal \
      "${POSTGRESQL_TESTS[@]}"
    locale_run el_GR.UTF-8 --durations=15 "${LOCALE_TESTS[@]}"
    locale_run en_GB.UTF-8 tests/ui/common
    locale_run en_US.UTF-8 "${FORMAT_TESTS[@]}"
    locale_run C.UTF-8 "${FORMAT_TESTS[@]}"
    say "the domain, interchange and PDF tests twice in one process"
    "$VENV/bin/pytest" -q --keep-duplicates "${TWICE_TESTS[@]}" "${TWICE_TESTS[@]}"
    ;;
  test-postgresql)
    debian_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    system_locales
    python_environment
    [ $# -gt 0 ] || set -- "${POSTGRESQL_TESTS[@]}"
    MESOLOG_TEST_DATABASE=postgresql exec "$VENV/bin/pytest" -n "$WORKERS" --dist worksteal "$@"
    ;;
  mutate)
    debian_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    system_locales
    python_environment
    exec "$VENV/bin/python" tools/mutate.py "$@"
    ;;
  *)
    echo "usage: bash tools/dev.sh run [--demo] [mesolog arguments...]" >&2
    echo "       bash tools/dev.sh test [pytest arguments...]" >&2
    echo "       bash tools/dev.sh test-postgresql [pytest arguments...]" >&2
    echo "       bash tools/dev.sh mutate [target...]" >&2
    exit 2
    ;;
esac
