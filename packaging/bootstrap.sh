#!/usr/bin/env bash
# Sets up everything `make run` and `make test` need, on a fresh Debian 12 (as root) or on a machine that
# already has it: the Debian libraries Qt loads, a virtual environment in .venv with the locked versions,
# and compiled bytecode. Each step says what it does and is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
say() { printf '\033[1mworkbay setup:\033[0m %s\n' "$*"; }

# The shared libraries Qt needs to draw offscreen, plus a font (without one Qt draws boxes, silently).
QT_DEBS="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 fonts-dejavu-core"
# A real window on X11 needs these as well; installed when a display is in use or asked for (WITH_X11=1).
X11_DEBS="libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0"

# The tests run a private D-Bus session bus (desktop notifications); desktops have it already.
TEST_DEBS="dbus-daemon"

wanted="$QT_DEBS $TEST_DEBS"
if [ -n "${DISPLAY:-}" ] || [ "${WITH_X11:-0}" = 1 ]; then wanted="$wanted $X11_DEBS"; fi
# A Debian python3 without ensurepip cannot make a venv: that is the python3-venv package.
if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then wanted="$wanted python3-venv"; fi

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
    for deb in $wanted; do
        status=$(dpkg-query -W -f='${Status}' "$deb" 2>/dev/null || true)
        case "$status" in *"install ok installed"*) ;; *) missing="$missing $deb" ;; esac
    done
fi
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing Debian packages:$missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        say "these Debian packages are missing and I am not root, please install them:$missing" >&2
        exit 1
    fi
fi

if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment in $VENV ($("$PYTHON" --version))"
    "$PYTHON" -m venv "$VENV"
fi

say "installing Workbay and its locked dependencies into $VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pip==26.3"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    --constraint packaging/constraints.txt --editable ".[dev]"

# PYTHONDONTWRITEBYTECODE is set on some machines; without compiled bytecode every start pays ~125 ms.
say "compiling bytecode"
"$VENV/bin/python" -m compileall -q -j 0 app "$VENV/lib" >/dev/null || true
touch "$VENV/.installed"
say "ready"
