#!/usr/bin/env bash
# Times `hugo server` on the benchmark's Hugo layout (bench/hugo/) beside the live preview: from the save of
# one level file to Hugo's rebuild log line ("Total in N ms"), with Hugo's default fast render. No browser
# is connected, so the time to a reloaded page is this plus the browser's reload.
#
#   bench/hugo-serve.sh <content folder> [saves]      prints one line of Markdown for BENCHMARKS.md
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SOURCE=$(cd "$1" && pwd)
SAVES=${2:-5}
command -v hugo >/dev/null 2>&1 || { echo "hugo is not installed" >&2; exit 1; }
WORK=$(mktemp -d)
HUGO_PID=""
trap '[ -z "$HUGO_PID" ] || { kill "$HUGO_PID" 2>/dev/null; wait "$HUGO_PID" 2>/dev/null; } || true; rm -rf "$WORK"' EXIT
cp -r "$SOURCE" "$WORK/content"
LEVEL=$(find "$WORK/content" -mindepth 2 -name '*.md' ! -name '_index.md' | sort | sed -n 1p)
PORT=$(( 20000 + RANDOM % 20000 ))
STARTED=$(date +%s%N)
hugo server --source "$ROOT/bench/hugo" --contentDir "$WORK/content" --port "$PORT" --bind 127.0.0.1 \
  --cacheDir "$WORK/cache" --noBuildLock --disableLiveReload=false >"$WORK/hugo.log" 2>&1 &
HUGO_PID=$!
until grep -q 'Web Server is available' "$WORK/hugo.log"; do
  kill -0 "$HUGO_PID" 2>/dev/null || { cat "$WORK/hugo.log" >&2; exit 1; }
  sleep 0.1
done
FIRST=$(( ($(date +%s%N) - STARTED) / 1000000 ))
TIMES=()
for i in $(seq 1 "$SAVES"); do
  BEFORE=$(grep -c '^Total in' "$WORK/hugo.log" || true)
  T0=$(date +%s%N)
  sed -i "0,/^- /s//- hugoword$i /" "$LEVEL"
  until [ "$(grep -c '^Total in' "$WORK/hugo.log" || true)" -gt "$BEFORE" ]; do sleep 0.002; done
  TIMES+=($(( ($(date +%s%N) - T0) / 1000000 )))
  sleep 0.5
done
SORTED=$(printf '%s\n' "${TIMES[@]}" | sort -n)
MEDIAN=$(echo "$SORTED" | sed -n "$(( (SAVES + 1) / 2 ))p")
echo "| \`hugo server\` (v$(hugo version | sed 's/^hugo v\([^+ -]*\).*/\1/')), $SAVES saves of one level, to its rebuild line | ${MEDIAN} ms | $(echo "$SORTED" | tail -1) ms | ${TIMES[*]} | start ${FIRST} ms; its own lines: $(grep '^Total in' "$WORK/hugo.log" | tail -n "$SAVES" | sed 's/Total in //' | tr '\n' ' ')|"
