#!/usr/bin/env bash
# The README's test command: on a fresh Debian machine it installs what the tests need, then runs `npm test`.
#   - Debian's browsers and what drives them, when missing: chromium (the main browser tests), firefox-esr
#     (Firefox), webkit2gtk-driver (WebKitWebDriver and WebKitGTK's MiniBrowser: WebKit), xvfb and xauth (the
#     X display WebKit runs on). apt-get update runs once, only if something is missing; sudo is used when
#     not root. No browser is ever downloaded by npm.
#   - npm ci, when node_modules is missing or older than package-lock.json.
# Once all of that is present, `npm test` alone does the same.
set -euo pipefail
cd "$(dirname "$0")/.."

# binary → Debian package
declare -A PACKAGES=(
  [/usr/bin/chromium]=chromium
  [/usr/bin/firefox-esr]=firefox-esr
  [/usr/bin/WebKitWebDriver]=webkit2gtk-driver
  [/usr/bin/Xvfb]=xvfb
  [/usr/bin/xauth]=xauth
)
missing=()
for binary in /usr/bin/chromium /usr/bin/firefox-esr /usr/bin/WebKitWebDriver /usr/bin/Xvfb /usr/bin/xauth; do
  [ -x "$binary" ] || missing+=("${PACKAGES[$binary]}")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages for the browser tests: ${missing[*]}…"
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      as_root=(sudo)
    else
      echo "Missing ${missing[*]}, and this is not root and has no sudo: install them as root (apt-get install -y ${missing[*]})." >&2
      exit 1
    fi
  fi
  ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null | grep -i chromium || true
/usr/bin/firefox-esr --version 2>/dev/null || true

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

exec npm test
