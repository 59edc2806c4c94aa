#!/bin/sh
# Installs every Debian package adder needs to build, test and run images.
# Idempotent and quiet: when everything is present it prints nothing and
# returns at once. Run as root (or with sudo available) on Debian 12.
set -e

PACKAGES="
  build-essential cmake ninja-build git python3
  llvm-19-dev clang-19 lld-19 llvm-19-tools libclang-rt-19-dev
  libzstd-dev zlib1g-dev libedit-dev libcurl4-openssl-dev libxml2-dev libtinfo-dev
  libgtest-dev googletest
  qemu-system-arm qemu-system-x86 qemu-user
  picolibc-arm-none-eabi gcc-arm-none-eabi binutils-arm-none-eabi
  valgrind time
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
echo "setup: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "setup: done"
