#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Pumpurs needs to run and test on Linux:
# Qt's runtime libraries (offscreen and on a real X11 display), poppler-utils
# (pdftotext, used by the report tests) and desktop-file-utils and nsis (the packaging tests).
# Installs only what is missing; needs root or sudo. As root (CI) it also installs Debian's
# chromium for the hub console's browser test (Playwright drives /usr/bin/chromium; no
# browser is ever downloaded); elsewhere that test skips until someone runs:
# sudo apt-get install chromium.
set -euo pipefail

packages=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-randr0
  poppler-utils
)
tools=(nsis desktop-file-utils)

command -v dpkg-query >/dev/null 2>&1 || { echo "system-packages: not a Debian system; install Qt 6 runtime libraries yourself"; exit 0; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
optional=()
for p in "${tools[@]}"; do installed "$p" || optional+=("$p"); done
if ! installed chromium; then
  if [ "$(id -u)" -eq 0 ]; then optional+=(chromium); else
    echo "system-packages: no chromium; the console's browser test will skip (sudo apt-get install chromium)"
  fi
fi
[ ${#missing[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  if [ ${#missing[@]} -eq 0 ]; then
    echo "system-packages: no ${optional[*]} (packaging tests will skip); not root"; exit 0
  fi
  echo "system-packages: missing ${missing[*]}; run as root: apt-get install ${missing[*]}" >&2; exit 1
fi
missing+=("${optional[@]}")
echo "system-packages: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
