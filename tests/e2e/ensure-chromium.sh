#!/usr/bin/env bash
# Playwright cannot download its browsers on these machines; the end-to-end tests use the
# system Chromium. Installs Debian's package when it is missing and we may (root with apt-get).
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "ensure-chromium: installing Debian's chromium (about 25 s)…"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	exit 0
fi
echo "ensure-chromium: no Chromium at $chromium_path. Install it (Debian: sudo apt-get install chromium)" >&2
echo "or set CHROMIUM_PATH to a Chromium or Chrome executable." >&2
exit 1
