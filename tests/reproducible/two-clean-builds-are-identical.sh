#!/usr/bin/env bash
# Two clean builds of the same commit must give byte-identical sites: no build time, random id or
# machine path may leak into dist/. Each build starts without Astro's content cache and without
# the social-card cache, so everything is made anew both times.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for run in first second; do
	rm -rf .astro node_modules/.astro
	ATLAS_CARD_CACHE="$work/$run-cards" ASTRO_TELEMETRY_DISABLED=1 npx astro build --outDir "$work/$run" > "$work/$run.log" 2>&1 || { cat "$work/$run.log"; exit 1; }
done
if diff -r --brief "$work/first" "$work/second"; then
	echo "reproducible: two clean builds gave identical sites ($(find "$work/first" -type f | wc -l) files)"
else
	echo "reproducible: the two builds differ in the files above; find what varies between builds (time, order, random ids, paths) and make it stable" >&2
	exit 1
fi
