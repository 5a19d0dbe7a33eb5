#!/usr/bin/env bash
# Salgsdesk developer entry point for a fresh Debian 12 machine.
#   packaging/dev.sh run    install what is missing, build, start the app on a demo company file
#   packaging/dev.sh test   install what is missing, build, run the whole test suite
# Packages are installed only when missing; everything comes from Debian 12.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-}"
case "$mode" in run|test|build|deps) ;; *) echo "usage: $0 run|test|build|deps" >&2; exit 2 ;; esac

packages=(
  g++ cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  libqt6svg6 libgl-dev qt6-translations-l10n
  catch2 librapidcheck-dev libzint-dev libcurl4-openssl-dev qtkeychain-qt6-dev libsqlite3-dev
  ccache sqlite3 xvfb xauth poppler-utils
  default-jre-headless libsaxonhe-java libxml2-utils
  clang-14 libclang-rt-14-dev
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build() {
  cmake --preset dev -S "$here" >/dev/null
  cmake --build --preset dev
}

install_missing
[ "$mode" = deps ] && exit 0
build
case "$mode" in
  run)
    demo="${SALGSDESK_DEMO_FILE:-$HOME/Salgsdesk-demo.sdk}"
    [ -f "$demo" ] || "$here/build/dev/app/salgsdesk-cli" --file "$demo" init --demo
    exec "$here/build/dev/app/salgsdesk" "$demo"
    ;;
  test)
    ctest --preset dev
    ;;
esac
