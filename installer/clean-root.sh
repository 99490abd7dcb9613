#!/usr/bin/env bash
# A clean Debian root for the package test (tests/installer/test_deb_package.py): a minimal
# bookworm from Debian's mirror with nothing of this machine in it. Prints its folder.
#   installer/clean-root.sh [DIR]     # needs root, debootstrap and the network (~70 s)
set -euo pipefail
target=${1:-$(mktemp -d /tmp/pumpurs-clean-root.XXXXXX)}
suite=${PUMPURS_CLEAN_ROOT_SUITE:-bookworm}
mirror=${PUMPURS_CLEAN_ROOT_MIRROR:-http://deb.debian.org/debian}
if [ "$(id -u)" -ne 0 ]; then echo "clean-root: needs root" >&2; exit 1; fi
if ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi
debootstrap --variant=minbase "$suite" "$target" "$mirror" >"$target.log" 2>&1 \
  || { tail -n 20 "$target.log" >&2; exit 1; }
echo "$target"
