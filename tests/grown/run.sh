#!/usr/bin/env bash
# The suite on a grown atlas: the real content plus synthetic meetings imported by the real ingest
# (grow-atlas.ts), in a copy of the project. The checks, unit tests, builds, gates and end-to-end
# tests run there as in `npm test`, after the curator's one step for new pages (the permalink
# list). A test that assumes today's seed meetings are the only ones fails here.
set -euo pipefail
cd "$(dirname "$0")/../.."
meetings="${ATLAS_GROWN_MEETINGS:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
grown="$work/atlas"
node tests/grown/grow-atlas.ts "$grown" "$meetings"
cd "$grown"
npm run check:content
npm run ingest -- --check
npm run test:unit
npm run build
npm run permalinks -- --update
npm run permalinks -- --check
npm run check:html
npm run check:links
npm run build:subpath
npm run test:e2e
echo "grown atlas: the suite passes with the real content and $meetings synthetic meetings"
