#!/usr/bin/env bash
# Times the live preview (ladder:serve) on this machine and writes the results into the "Live preview"
# section of BENCHMARKS.md: from the save of a level file to the page in Chromium showing the change, on
# the repository's content/ and on a generated ladder, and the heap over successive rebuilds.
#
#   bench/serve.sh [tracks [saves [rebuilds]]]      (default: 1000 5 200; tracks 0 times content/ only)
#
# Needs Java, Maven with the plugin's build and test dependencies in the local repository, and Debian's
# chromium and chromium-driver. Runs the preview in-process (no Maven start-up is timed). The generated
# ladder goes to bench/target/serve/, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TRACKS=${1:-1000}
SAVES=${2:-5}
REBUILDS=${3:-200}
WORK="$ROOT/bench/target/serve"
rm -rf "$WORK"
mkdir -p "$WORK"

mvn -B -q -o -pl ladder-maven-plugin compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/classpath.txt" >&2
CP="$ROOT/ladder-maven-plugin/target/classes:$(cat "$WORK/classpath.txt")"
bench() { java -Xmx1g -cp "$CP" "$ROOT/bench/ServeBench.java" "$@" 2>"$WORK/bench.err" || { tail -20 "$WORK/bench.err" >&2; exit 1; }; }

{
  echo "<!-- serve:begin -->"
  echo "## Live preview (ladder:serve)"
  echo
  echo "Written by \`bench/serve.sh $TRACKS $SAVES $REBUILDS\` on $(date -u '+%Y-%m-%d at %H:%M UTC'), load averages" \
    "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a) at the end. A save is timed from writing the level"
  echo "file to Chromium's page showing the new words: the watch's quiet period, the rebuild, the"
  echo "event to the page and its reload. Heap is the preview JVM's, after a full GC, every quarter of the rebuilds."
  echo "The rebuild renders every page and writes only the files whose bytes change."
  echo
  bench "$ROOT/content" "$((SAVES * 4))" "$REBUILDS" "The repository's content/"
  if [ "$TRACKS" -gt 0 ]; then
    java "$ROOT/bench/CorpusGenerator.java" "$TRACKS" 10 7 "$WORK/content" >&2
    bench "$WORK/content" "$SAVES" 0 "A generated ladder of $TRACKS tracks x 10 levels"
  fi
  echo "<!-- serve:end -->"
} >"$WORK/section.md"

# write_section
. "$ROOT/bench/report.sh"
write_section serve "$WORK/section.md"
rm -rf "$WORK"
echo "Wrote the live preview's section of BENCHMARKS.md" >&2
