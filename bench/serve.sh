#!/usr/bin/env bash
# Times the live preview (ladder:serve) on this machine and writes the results into the "Live preview"
# section of BENCHMARKS.md: from the save of a level file to the page in Chromium showing the change, on
# the repository's content/ and on a generated ladder, and the heap over successive rebuilds.
#
#   bench/serve.sh [tracks [saves [rebuilds]]]      (default: 1000 5 200; tracks 0 times content/ only)
#
# Needs Java, Maven with the plugin's build and test dependencies in the local repository, and Debian's
# chromium and chromium-driver. Runs the preview in-process (no Maven start-up is timed). The generated
# ladder goes to bench/target/serve/, which the next run removes before it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TRACKS=${1:-1000}
SAVES=${2:-5}
REBUILDS=${3:-200}
WORK="$ROOT/bench/target/serve"
# log, fresh_folder, jvm_options and write_section
. "$ROOT/bench/report.sh"
fresh_folder "$WORK"

mvn -B -q -o -pl ladder-maven-plugin test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/classpath.txt" >&2
CP="$ROOT/ladder-maven-plugin/target/classes:$ROOT/ladder-maven-plugin/target/test-classes:$(cat "$WORK/classpath.txt")"
# The preview's JVM gets the options a project made by ladder:init gives Maven's: mvn ladder:serve runs with them.
JVM_OPTIONS=$(jvm_options)
# shellcheck disable=SC2086 # the file is a line of options, split as Maven splits it
bench() { java -Xmx2g $JVM_OPTIONS -cp "$CP" "$ROOT/bench/ServeBench.java" "$@" 2>"$WORK/bench.err" || { tail -20 "$WORK/bench.err" >&2; exit 1; }; }

{
  echo "<!-- serve:begin -->"
  echo "## Live preview (ladder:serve)"
  echo
  echo "Written by \`bench/serve.sh $TRACKS $SAVES $REBUILDS\` on $(date -u '+%Y-%m-%d at %H:%M UTC'), load averages" \
    "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a) at the start. A save is timed from writing the level"
  echo "file to Chromium's page showing the new words: the watch's quiet period, the rebuild, the"
  echo "event to the page and its reload. The preview's JVM runs with the options a project made by \`ladder:init\` gives"
  echo "Maven's (\`$JVM_OPTIONS\`). Heap is the preview JVM's (-Xmx2g), after a full GC, every quarter of the"
  echo "rebuilds. A save of one level re-reads that file and renders only the pages it affects (the count below);"
  echo "the files whose bytes change are written. The machine is shared with other builds: see the load averages."
  echo "\`hugo server\` runs on the same files with the benchmark's Hugo layout (bench/hugo-serve.sh), timed from"
  echo "the save to its rebuild line, no browser connected."
  echo
  hugo_beside() {
    if command -v hugo >/dev/null 2>&1; then
      echo "| beside it | median | slowest | all | |"
      echo "| --- | ---: | ---: | --- | --- |"
      bench/hugo-serve.sh "$1" "$2" 2>"$WORK/hugo.err" || echo "| hugo server failed: $(tail -1 "$WORK/hugo.err") | | | | |"
      echo
    fi
  }
  bench "$ROOT/content" "$((SAVES * 4))" "$REBUILDS" "The repository's content/"
  hugo_beside "$ROOT/content" "$((SAVES * 4))"
  echo "Load averages after content/: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)."
  echo
  if [ "$TRACKS" -gt 0 ]; then
    java "$ROOT/bench/CorpusGenerator.java" "$TRACKS" 10 7 "$WORK/content" >&2
    bench "$WORK/content" "$SAVES" "$((REBUILDS / 4))" "A generated ladder of $TRACKS tracks x 10 levels"
    hugo_beside "$WORK/content" "$SAVES"
  fi
  echo "<!-- serve:end -->"
} >"$WORK/section.md"

write_section serve "$WORK/section.md"
echo "Wrote the live preview's section of BENCHMARKS.md" >&2
