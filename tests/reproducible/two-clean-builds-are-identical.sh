#!/usr/bin/env bash
# Two clean builds of the same commit must give byte-identical sites: no build time, random id or
# machine path may leak into dist/. Each build starts without Astro's content cache and without
# the social-card cache, so everything is made anew both times.
#
# With a git revision (`npm run check:reproducible -- main~3`), the first build is of that
# revision instead, checked out beside the project with the same node_modules: a change meant to
# keep behaviour (a refactor) must give the same site as before it.
set -euo pipefail
cd "$(dirname "$0")/../.."
project="$PWD"
revision="${1:-}"
work="$(mktemp -d)"
cleanup() {
	if [ -n "$revision" ]; then git -C "$project" worktree remove --force "$work/before" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

# Builds the project in folder $1 into $2 from clean, logging to $2.log.
build() {
	(cd "$1" && rm -rf .astro node_modules/.astro && ATLAS_CARD_CACHE="$2-cards" ASTRO_TELEMETRY_DISABLED=1 npx astro build --outDir "$2" > "$2.log" 2>&1) || { cat "$2.log"; exit 1; }
}

if [ -n "$revision" ]; then
	git rev-parse --verify --quiet "$revision^{commit}" > /dev/null || { echo "reproducible: \"$revision\" is not a revision of this repository; give a commit, branch or tag" >&2; exit 2; }
	git worktree add --quiet --detach "$work/before" "$revision"
	ln -s "$project/node_modules" "$work/before/node_modules"
	build "$work/before" "$work/first"
	label="the site of $revision and the site of the working tree"
else
	build "$project" "$work/first"
	label="two clean builds"
fi
build "$project" "$work/second"
if diff -r --brief "$work/first" "$work/second"; then
	echo "reproducible: $label are identical ($(find "$work/first" -type f | wc -l) files)"
else
	echo "reproducible: $label differ in the files above; find what varies between builds (time, order, random ids, paths) or what the change altered" >&2
	exit 1
fi
