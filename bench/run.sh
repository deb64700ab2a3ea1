#!/usr/bin/env bash
# Times the plugin against Hugo on the same generated ladder, on this machine, and writes the
# results into BENCHMARKS.md at the repository root. Every number in that file comes from this run.
# Hugo runs in two layouts, both references: the faithful one (bench/hugo/: the plugin's page set, .md
# links rewritten, a matrix page per track, relative URLs), which every ratio is taken to, round by round,
# and a minimal one (bench/hugo-minimal/: no link rewriting, the matrix inside the track page). The load
# average is recorded before and after each round; a round that starts on a busy machine is flagged.
#
#   bench/run.sh [tracks levels competencies [rounds]]      (default: 1000 10 7 2; about six minutes on
#                                                            a quiet 2-core machine, and seven more when it
#                                                            deletes a previous run's outputs: each round
#                                                            builds with both Hugo layouts and nine plugin builds)
#
# Needs Java and Maven, with the plugin's build dependencies in the local repository; Hugo (Debian
# package `hugo`) is timed when it is installed. The plugin is installed into a Maven repository of
# the benchmark's own, which takes every other artifact from your local repository
# (LADDER_BENCH_REPOSITORY, default ~/.m2/repository), so no other build can swap the plugin during
# the run. The generated ladder, the outputs and that repository go to bench/target/, which the next run
# removes before it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TRACKS=${1:-1000}
LEVELS=${2:-10}
COMPETENCIES=${3:-7}
ROUNDS=${4:-2}
WORK="$ROOT/bench/target"
CONTENT="$WORK/content"
PROJECT="$ROOT/bench/project/pom.xml"
# bench/project has the .mvn/jvm.config that ladder:init writes, so the builds run as a new project's do. The
# same builds without it run with MAVEN_BASEDIR naming a folder without .mvn (Maven reads the file from there).
WITHOUT_JVM_OPTIONS=(env MAVEN_BASEDIR="$ROOT/bench")
# A round is flagged as run on a busy machine when, in a pause of a few seconds before it in which the
# benchmark itself runs nothing, other work kept the processors busier than this share (percent). The load
# average cannot tell: its 1-minute figure still counts the benchmark's own build of a moment ago.
BUSY=${LADDER_BENCH_BUSY:-10}
PARITY=(-Dladder.booklets=false -Dladder.compare=false -Dladder.changes=false -Dladder.search=false -Dladder.json=false)
START=$(date +%s)

# median, summary_line, engine_ms, engine, jvm_options, probe_files, prepare_work and write_section
. "$ROOT/bench/report.sh"
JVM_OPTIONS=$(jvm_options)
prepare_work "$WORK"

TIME_BIN=""
if /usr/bin/time -f '%e' -o /dev/null true 2>/dev/null; then
  TIME_BIN=/usr/bin/time
fi
HUGO=""
if command -v hugo >/dev/null 2>&1; then
  HUGO=$(command -v hugo)
fi

# measure NAME LOG COMMAND...: runs COMMAND with its output in LOG; sets TAKEN (seconds), CPU (user and
# system seconds) and PEAK (MB).
measure() {
  local name=$1 out=$2
  shift 2
  log "  $name"
  if [ -n "$TIME_BIN" ]; then
    if ! "$TIME_BIN" -f '%e %M %U %S' -o "$WORK/time.txt" "$@" >"$out" 2>&1; then
      log "failed: $*"; tail -20 "$out" >&2; exit 1
    fi
    local kb user system
    read -r TAKEN kb user system < <(tail -1 "$WORK/time.txt")
    PEAK=$(( kb / 1024 ))
    CPU=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
  else
    local begin end
    begin=$(date +%s%N)
    if ! "$@" >"$out" 2>&1; then
      log "failed: $*"; tail -20 "$out" >&2; exit 1
    fi
    end=$(date +%s%N)
    TAKEN=$(awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.2f", (e - b) / 1e9 }')
    PEAK="n/a"
    CPU="n/a"
  fi
}

html_pages() { find "$1" -name '*.html' -type f | wc -l | tr -d ' '; }
# A rebuild's writes are counted by modification time, the same way for both tools.
stamp() { touch "$WORK/stamp"; sleep 0.1; }
rewritten() { find "$1" -type f -newer "$WORK/stamp" | wc -l | tr -d ' '; }

most() { echo "$1" | tr ' ' '\n' | grep -v '^$' | sort -n | tail -1; }
megabytes() { awk -v mb="$1" 'BEGIN { if (mb == "n/a") print "n/a"; else printf "%.0f", mb }'; }
seconds() { awk -v ms="$1" 'BEGIN { if (ms == "n/a") print "n/a"; else printf "%.2f", ms / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
verdict() {
  awk -v r="$1" -v limit="$2" -v strict="${3:-}" 'BEGIN {
    if (r == "n/a") print "not measured";
    else if (r + 0 < limit + 0 || (strict == "" && r + 0 == limit + 0)) print "met";
    else print "**not met**" }'
}

PLUGIN=("${MVN[@]}" package -f "$PROJECT" -Dladder.content="$CONTENT")

log "Generating $TRACKS x $LEVELS x $COMPETENCIES"
GENERATED=$(java "$ROOT/bench/CorpusGenerator.java" "$TRACKS" "$LEVELS" "$COMPETENCIES" "$CONTENT" \
  | sed "s|$ROOT/||")
MARKDOWN_MB=$(find "$CONTENT" -name '*.md' -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

HUGO_MIN_FULL=""; HUGO_MIN_CPU=""; HUGO_MIN_PAGES="n/a"; HUGO_MIN_MB=""
SMALL_FULL=""; SMALL_CPU=""; SMALL_ENGINE=""; SMALL_MB=""
ROUND_MIN=""; ROUND_PARITY_ENGINE=""; ROUND_SMALL=""; ROUND_SMALL_DEFAULT=""; ROUND_DEFAULT_ENGINE=""
LOADS=""; BUSY_ROUNDS=""; PROBES=""
HUGO_FULL=""; HUGO_CPU=""; HUGO_AGAIN=""; HUGO_AGAIN_WRITTEN=""; HUGO_MB=""; HUGO_PAGES="n/a"
PARITY_FULL=""; PARITY_CPU=""; PARITY_ENGINE=""; PARITY_MB=""; PARITY_AGAIN=""; PARITY_AGAIN_ENGINE=""
PARITY_AGAIN_WRITTEN=""
DEFAULT_FULL=""; DEFAULT_CPU=""; DEFAULT_ENGINE=""; DEFAULT_MB=""; DEFAULT_AGAIN=""; DEFAULT_AGAIN_ENGINE=""
DEFAULT_AGAIN_WRITTEN=""
# Each round's ratios, from builds run one after another, so a change in load between rounds cancels out.
ROUND_ENGINE=""; ROUND_PARITY=""; ROUND_DEFAULT=""
PARITY_PAGES="n/a"; DEFAULT_PAGES="n/a"
PLAIN_PARITY_FULL=""; PLAIN_PARITY_ENGINE=""; PLAIN_DEFAULT_FULL=""; PLAIN_DEFAULT_ENGINE=""
ROUND_PLAIN_PARITY=""; ROUND_PLAIN_PARITY_ENGINE=""; ROUND_PLAIN_DEFAULT=""
SMALL_LADDER_FULL=""; PLAIN_SMALL_LADDER_FULL=""

# Rounds alternate the tools, so that a change in the machine's load falls on all of them alike.
# Nothing is deleted between runs: on some file systems creating files where many were just
# deleted is slow, and that would fall on whichever tool ran next.
load1() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a; }
# others_busy: the percentage of processor time spent on other work over 5 seconds in which this script
# sleeps, from /proc/stat's first line (idle and iowait count as idle), or n/a.
others_busy() {
  local before after
  before=$(head -1 /proc/stat 2>/dev/null) || { echo n/a; return; }
  sleep 5
  after=$(head -1 /proc/stat)
  awk -v a="$before" -v b="$after" 'BEGIN {
    n = split(a, x, " "); split(b, y, " "); total = 0; idle = 0
    for (i = 2; i <= n; i++) { d = y[i] - x[i]; total += d; if (i == 5 || i == 6) idle += d }
    if (total <= 0) print "n/a"; else printf "%.0f\n", 100 * (total - idle) / total }'
}
for round in $(seq 1 "$ROUNDS"); do
  log "Round $round of $ROUNDS"
  ROUND_BUSY=$(others_busy)
  # Whether creating files is quick, as the builds of this round will need (see fresh_folder).
  PROBES+="; round $round: $(probe_files "$WORK/probe-$round") ms"
  ROUND_LOAD_BEFORE=$(load1)
  if awk -v l="$ROUND_BUSY" -v b="$BUSY" 'BEGIN { exit !(l != "n/a" && l + 0 > b + 0) }'; then
    BUSY_ROUNDS+=" $round"
  fi
  HUGO_THIS=n/a
  if [ -n "$HUGO" ]; then
    HUGO_RUN=("$HUGO" --source "$ROOT/bench/hugo" --contentDir "$CONTENT" --destination "$WORK/hugo-$round"
      --cacheDir "$WORK/hugo-cache" --noBuildLock --quiet)
    measure "Hugo, full build" "$WORK/hugo-$round.log" "${HUGO_RUN[@]}"
    HUGO_FULL+=" $TAKEN"; HUGO_CPU+=" $CPU"; HUGO_MB+=" $PEAK"; HUGO_PAGES=$(html_pages "$WORK/hugo-$round")
    HUGO_THIS=$TAKEN
    measure "Hugo, minimal layout, full build" "$WORK/hugo-minimal-$round.log" "$HUGO" --source "$ROOT/bench/hugo-minimal" \
      --contentDir "$CONTENT" --destination "$WORK/hugo-minimal-$round" --cacheDir "$WORK/hugo-cache" --noBuildLock --quiet
    HUGO_MIN_FULL+=" $TAKEN"; HUGO_MIN_CPU+=" $CPU"; HUGO_MIN_MB+=" $PEAK"
    HUGO_MIN_PAGES=$(html_pages "$WORK/hugo-minimal-$round")
    ROUND_MIN+=" $(ratio "$TAKEN" "$HUGO_THIS")"
    # Hugo's rebuild does all the work of its full build again, so one round of it is enough.
    if [ "$round" = 1 ]; then
      stamp
      measure "Hugo, rebuild with nothing changed" "$WORK/hugo-again-$round.log" "${HUGO_RUN[@]}"
      HUGO_AGAIN+=" $TAKEN"; HUGO_AGAIN_WRITTEN+=" $(rewritten "$WORK/hugo-$round")"
    fi
  fi

  measure "plugin, Hugo's page set, full build" "$WORK/parity-$round.log" \
    "${PLUGIN[@]}" -Dladder.output="$WORK/parity-$round" "${PARITY[@]}"
  PARITY_FULL+=" $TAKEN"; PARITY_CPU+=" $CPU"; PARITY_MB+=" $PEAK"
  PARITY_ENGINE+=" $(engine_ms "$WORK/parity-$round.log")"
  if [ -n "$HUGO" ]; then
    ROUND_PARITY_ENGINE+=" $(ratio "$(engine "$WORK/parity-$round.log")" "$HUGO_THIS")"
    ROUND_PARITY+=" $(ratio "$TAKEN" "$HUGO_THIS")"
  fi
  PARITY_PAGES=$(html_pages "$WORK/parity-$round")
  stamp
  measure "plugin, Hugo's page set, rebuild with nothing changed" "$WORK/parity-again-$round.log" \
    "${PLUGIN[@]}" -Dladder.output="$WORK/parity-$round" "${PARITY[@]}"
  PARITY_AGAIN+=" $TAKEN"; PARITY_AGAIN_ENGINE+=" $(engine_ms "$WORK/parity-again-$round.log")"
  PARITY_AGAIN_WRITTEN+=" $(rewritten "$WORK/parity-$round")"

  measure "plugin, everything by default, full build" "$WORK/default-$round.log" \
    "${PLUGIN[@]}" -Dladder.output="$WORK/default-$round"
  DEFAULT_FULL+=" $TAKEN"; DEFAULT_CPU+=" $CPU"; DEFAULT_MB+=" $PEAK"
  DEFAULT_ENGINE+=" $(engine_ms "$WORK/default-$round.log")"
  DEFAULT_THIS=$TAKEN
  if [ -n "$HUGO" ]; then
    ROUND_DEFAULT+=" $(ratio "$TAKEN" "$HUGO_THIS")"
    ROUND_DEFAULT_ENGINE+=" $(ratio "$(engine "$WORK/default-$round.log")" "$HUGO_THIS")"
  fi
  DEFAULT_PAGES=$(html_pages "$WORK/default-$round")
  stamp
  measure "plugin, everything by default, rebuild with nothing changed" "$WORK/default-again-$round.log" \
    "${PLUGIN[@]}" -Dladder.output="$WORK/default-$round"
  DEFAULT_AGAIN+=" $TAKEN"; DEFAULT_AGAIN_ENGINE+=" $(engine_ms "$WORK/default-again-$round.log")"
  DEFAULT_AGAIN_WRITTEN+=" $(rewritten "$WORK/default-$round")"

  measure "plugin, everything by default, MAVEN_OPTS=-Xmx256m" "$WORK/small-heap-$round.log" \
    env MAVEN_OPTS=-Xmx256m "${PLUGIN[@]}" -Dladder.output="$WORK/small-heap-$round"
  SMALL_FULL+=" $TAKEN"; SMALL_CPU+=" $CPU"; SMALL_MB+=" $PEAK"
  SMALL_ENGINE+=" $(engine_ms "$WORK/small-heap-$round.log")"
  ROUND_SMALL+=" $(ratio "$TAKEN" "$HUGO_THIS")"
  ROUND_SMALL_DEFAULT+=" $(ratio "$TAKEN" "$DEFAULT_THIS")"
  measure "plugin, Hugo's page set, without the project's JVM options" "$WORK/parity-plain-$round.log" \
    "${WITHOUT_JVM_OPTIONS[@]}" "${PLUGIN[@]}" -Dladder.output="$WORK/parity-plain-$round" "${PARITY[@]}"
  PLAIN_PARITY_FULL+=" $TAKEN"; PLAIN_PARITY_ENGINE+=" $(engine_ms "$WORK/parity-plain-$round.log")"
  ROUND_PLAIN_PARITY+=" $(ratio "$TAKEN" "$HUGO_THIS")"
  ROUND_PLAIN_PARITY_ENGINE+=" $(ratio "$(engine "$WORK/parity-plain-$round.log")" "$HUGO_THIS")"
  measure "plugin, everything by default, without the project's JVM options" "$WORK/default-plain-$round.log" \
    "${WITHOUT_JVM_OPTIONS[@]}" "${PLUGIN[@]}" -Dladder.output="$WORK/default-plain-$round"
  PLAIN_DEFAULT_FULL+=" $TAKEN"; PLAIN_DEFAULT_ENGINE+=" $(engine_ms "$WORK/default-plain-$round.log")"
  ROUND_PLAIN_DEFAULT+=" $(ratio "$TAKEN" "$HUGO_THIS")"
  # A ladder of the usual size, where starting the JVM is most of the build: the repository's own.
  measure "plugin, this repository's ladder" "$WORK/own-$round.log" \
    "${MVN[@]}" package -f "$PROJECT" -Dladder.content="$ROOT/content" -Dladder.output="$WORK/own-$round"
  SMALL_LADDER_FULL+=" $TAKEN"
  measure "plugin, this repository's ladder, without the project's JVM options" "$WORK/own-plain-$round.log" \
    "${WITHOUT_JVM_OPTIONS[@]}" "${MVN[@]}" package -f "$PROJECT" -Dladder.content="$ROOT/content" \
    -Dladder.output="$WORK/own-plain-$round"
  PLAIN_SMALL_LADDER_FULL+=" $TAKEN"
  LOADS+="; round $round: $ROUND_LOAD_BEFORE before, $(load1) after (other work before it: $ROUND_BUSY% of the processors)"
done
SMALL_HEAP=$(median <<<"$SMALL_FULL"); SMALL_HEAP_MB=$(megabytes "$(median <<<"$SMALL_MB")")
SMALL_HEAP_ENGINE=$(seconds "$(median <<<"$SMALL_ENGINE")"); M_SMALL_CPU=$(median <<<"$SMALL_CPU")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

M_HUGO=$(median <<<"$HUGO_FULL"); M_HUGO_AGAIN=$(median <<<"$HUGO_AGAIN"); M_HUGO_MB=$(megabytes "$(median <<<"$HUGO_MB")")
M_HUGO_CPU=$(median <<<"$HUGO_CPU"); M_PARITY_CPU=$(median <<<"$PARITY_CPU"); M_DEFAULT_CPU=$(median <<<"$DEFAULT_CPU")
M_PARITY=$(median <<<"$PARITY_FULL"); M_PARITY_MB=$(megabytes "$(median <<<"$PARITY_MB")")
M_PARITY_ENGINE=$(seconds "$(median <<<"$PARITY_ENGINE")")
M_PARITY_AGAIN=$(median <<<"$PARITY_AGAIN"); M_PARITY_AGAIN_ENGINE=$(seconds "$(median <<<"$PARITY_AGAIN_ENGINE")")
M_DEFAULT=$(median <<<"$DEFAULT_FULL"); M_DEFAULT_MB=$(megabytes "$(median <<<"$DEFAULT_MB")")
M_DEFAULT_ENGINE=$(seconds "$(median <<<"$DEFAULT_ENGINE")")
M_DEFAULT_AGAIN=$(median <<<"$DEFAULT_AGAIN"); M_DEFAULT_AGAIN_ENGINE=$(seconds "$(median <<<"$DEFAULT_AGAIN_ENGINE")")

R_ENGINE=$(ratio "$M_PARITY_ENGINE" "$M_HUGO")
R_PARITY=$(ratio "$M_PARITY" "$M_HUGO")
R_DEFAULT=$(ratio "$M_DEFAULT" "$M_HUGO")
M_HUGO_MIN=$(median <<<"$HUGO_MIN_FULL"); M_HUGO_MIN_CPU=$(median <<<"$HUGO_MIN_CPU")
M_HUGO_MIN_MB=$(megabytes "$(median <<<"$HUGO_MIN_MB")")
# Every ratio is the median of each round's ratio to that round's faithful Hugo, so that a change in the
# machine's load between rounds cancels out.
M_ROUND_MIN=$(median <<<"$ROUND_MIN"); M_ROUND_ENGINE=$(median <<<"$ROUND_PARITY_ENGINE")
M_ROUND_PARITY=$(median <<<"$ROUND_PARITY"); M_ROUND_DEFAULT=$(median <<<"$ROUND_DEFAULT")
M_ROUND_DEFAULT_ENGINE=$(median <<<"$ROUND_DEFAULT_ENGINE"); M_ROUND_SMALL=$(median <<<"$ROUND_SMALL")
M_ROUND_SMALL_DEFAULT=$(median <<<"$ROUND_SMALL_DEFAULT")
M_PLAIN_PARITY=$(median <<<"$PLAIN_PARITY_FULL"); M_PLAIN_PARITY_ENGINE=$(seconds "$(median <<<"$PLAIN_PARITY_ENGINE")")
M_PLAIN_DEFAULT=$(median <<<"$PLAIN_DEFAULT_FULL"); M_PLAIN_DEFAULT_ENGINE=$(seconds "$(median <<<"$PLAIN_DEFAULT_ENGINE")")
M_ROUND_PLAIN_PARITY=$(median <<<"$ROUND_PLAIN_PARITY"); M_ROUND_PLAIN_PARITY_ENGINE=$(median <<<"$ROUND_PLAIN_PARITY_ENGINE")
M_ROUND_PLAIN_DEFAULT=$(median <<<"$ROUND_PLAIN_DEFAULT")
BUSY_NOTE=""
if [ -n "$BUSY_ROUNDS" ]; then
  BUSY_NOTE="> **Warning: the machine was busy.** Round(s)$BUSY_ROUNDS started while other work used more than $BUSY%
> of the $(nproc) cores (measured over 5 seconds in which the benchmark ran nothing): other work shared the processors, so wall-clock times are longer and noisier than on a quiet
> machine, and the ratios (taken round by round) are more to be trusted than the times. Run again on a quiet machine
> for numbers to quote."
fi
R_PARITY_AGAIN=$(ratio "$M_PARITY_AGAIN_ENGINE" "$M_PARITY_ENGINE")
R_DEFAULT_AGAIN=$(ratio "$M_DEFAULT_AGAIN_ENGINE" "$M_DEFAULT_ENGINE")

CPU=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)
MEMORY=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)
OS=$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || uname -s)
FILESYSTEM=$(df -T "$WORK" 2>/dev/null | awk 'NR == 2 { print $2 }')
JAVA=$(java -version 2>&1 | sed -n 1p)
MAVEN=$(mvn -v 2>/dev/null | sed -n 1p | sed 's/\x1b\[[0-9;]*m//g')
HUGO_VERSION="not installed"
if [ -n "$HUGO" ]; then
  HUGO_VERSION=$("$HUGO" version | cut -d' ' -f1-2)
fi
ELAPSED=$(( $(date +%s) - START ))

# The live preview's, the versions archive's and the specialisations' sections are written by
# bench/serve.sh, bench/versions.sh and bench/specialisations.sh; this run keeps them as they are.
SERVE_SECTION=$(sed -n '/<!-- serve:begin -->/,/<!-- serve:end -->/p' "$ROOT/BENCHMARKS.md" 2>/dev/null || true)
VERSIONS_SECTION=$(sed -n '/<!-- versions:begin -->/,/<!-- versions:end -->/p' "$ROOT/BENCHMARKS.md" 2>/dev/null || true)
SPECIALISATIONS_SECTION=$(sed -n '/<!-- specialisations:begin -->/,/<!-- specialisations:end -->/p' "$ROOT/BENCHMARKS.md" 2>/dev/null || true)
# Where the time goes (profiles, bytes per page type, the physical floor) is measured by hand, as that
# section says; this run keeps it.
PROFILE_SECTION=$(sed -n '/<!-- profile:begin -->/,/<!-- profile:end -->/p' "$ROOT/BENCHMARKS.md" 2>/dev/null || true)

cat >"$ROOT/BENCHMARKS.md" <<REPORT
# Benchmarks

Written by \`bench/run.sh $TRACKS $LEVELS $COMPETENCIES $ROUNDS\` on $(date -u '+%Y-%m-%d at %H:%M UTC'). Every number below was
measured in that one run, on the machine described at the end; run the script again to replace this file.

## The ladder

\`java bench/CorpusGenerator.java $TRACKS $LEVELS $COMPETENCIES\` wrote $GENERATED: $MARKDOWN_MB MB of
Markdown. Each level describes each of its $COMPETENCIES competencies in 3 to 8 bullets, some of which link to the next
level of the track or to the same level of another track. The same arguments always give the same files.

## Results

$BUSY_NOTE

The median of $ROUNDS rounds; each round runs every build once, in this order: faithful Hugo, minimal Hugo, the
plugin with Hugo's page set, everything by default, everything under \`MAVEN_OPTS=-Xmx256m\`, then the first two
again without the project's JVM options, and this repository's own ladder with and without them (Hugo's rebuild in the first round only). Times are wall-clock seconds of the whole process. "Engine" is the time the plugin's summary
line reports: loading, checking, rendering and writing, without starting Maven. Memory is the peak resident set of
the process. Wall-clock times grow with the machine's other work, processor times (user and system) much less:
the load average before and after each round, and the share of the processors other work used just before it
(which the load average, still counting the previous build, cannot show), are listed under "The machine".

| | Hugo, faithful | Hugo, minimal | plugin, Hugo's page set | plugin, everything (default) | plugin, everything, \`-Xmx256m\` |
| --- | ---: | ---: | ---: | ---: | ---: |
| full build | $M_HUGO s | $M_HUGO_MIN s | $M_PARITY s | $M_DEFAULT s | $SMALL_HEAP s |
| full build, engine | | | $M_PARITY_ENGINE s | $M_DEFAULT_ENGINE s | $SMALL_HEAP_ENGINE s |
| full build, processor time (user and system, all threads) | $M_HUGO_CPU s | $M_HUGO_MIN_CPU s | $M_PARITY_CPU s | $M_DEFAULT_CPU s | $M_SMALL_CPU s |
| ratio to the same round's faithful Hugo (median of rounds) | 1 | $M_ROUND_MIN | $M_ROUND_PARITY | $M_ROUND_DEFAULT | $M_ROUND_SMALL |
| rebuild with nothing changed (Hugo: first round only) | $M_HUGO_AGAIN s | | $M_PARITY_AGAIN s | $M_DEFAULT_AGAIN s | |
| rebuild with nothing changed, engine | | | $M_PARITY_AGAIN_ENGINE s | $M_DEFAULT_AGAIN_ENGINE s | |
| files the rebuild wrote (most in a round) | $(most "$HUGO_AGAIN_WRITTEN") | | $(most "$PARITY_AGAIN_WRITTEN") | $(most "$DEFAULT_AGAIN_WRITTEN") | |
| peak memory, full build | $M_HUGO_MB MB | $M_HUGO_MIN_MB MB | $M_PARITY_MB MB | $M_DEFAULT_MB MB | $SMALL_HEAP_MB MB |
| HTML pages written | $HUGO_PAGES | $HUGO_MIN_PAGES | $PARITY_PAGES | $DEFAULT_PAGES | $DEFAULT_PAGES |

"Hugo's page set" is the plugin with \`${PARITY[*]}\`: a page per level, a page and a matrix per track, the
home page and the 404 page, as Hugo makes them. Its level pages, like Hugo's, show the level and its neighbours
but not the word diff "What changes from" the level below. "Everything" adds that diff to every level page
after the first, a booklet, compare pages of each level with the next two (the default \`compareReach\`), \`ladder.json\` and the search
index. Hugo's faithful layout (\`bench/hugo/\`) makes the plugin's page set the way a Hugo site would have to:
\`.md\` links rewritten to pages by a render hook, a matrix page per track cut from the levels' HTML, relative
URLs; the minimal layout (\`bench/hugo-minimal/\`) is Hugo at its plainest on the same files (links left as
written, every level's HTML in one table on the track page, no matrix page), a floor for any Hugo site.

| target | median of each round's ratio | |
| --- | ---: | --- |
| Hugo's page set, whole process, at most 0.5 × faithful Hugo | $M_ROUND_PARITY | $(verdict "$M_ROUND_PARITY" 0.5) |
| Hugo's page set, engine, at most 0.35 × faithful Hugo | $M_ROUND_ENGINE | $(verdict "$M_ROUND_ENGINE" 0.35) |
| everything (default), whole process, at most 1.5 × faithful Hugo | $M_ROUND_DEFAULT | $(verdict "$M_ROUND_DEFAULT" 1.5) |
| everything under \`-Xmx256m\`, at most 1.2 × the default heap's time (same round) | $M_ROUND_SMALL_DEFAULT | $(verdict "$M_ROUND_SMALL_DEFAULT" 1.2) |
| rebuild with nothing changed under 10% of the full build (engine), Hugo's page set | $R_PARITY_AGAIN | $(verdict "$R_PARITY_AGAIN" 0.1 strict) |
| rebuild with nothing changed under 10% of the full build (engine), everything | $R_DEFAULT_AGAIN | $(verdict "$R_DEFAULT_AGAIN" 0.1 strict) |

Every plugin build above runs in a project as \`ladder:init\` writes it, whose \`.mvn/jvm.config\` starts Maven's
JVM with \`$JVM_OPTIONS\`: the quick compiler alone, and the serial collector (README, "The JVM's options").
The same builds with Maven's defaults instead, in the same rounds:

| | whole process | engine | ratio to the same round's faithful Hugo (median of rounds) |
| --- | ---: | ---: | ---: |
| plugin, Hugo's page set, the project's JVM options | $M_PARITY s | $M_PARITY_ENGINE s | $M_ROUND_PARITY (engine $M_ROUND_ENGINE) |
| plugin, Hugo's page set, Maven's defaults | $M_PLAIN_PARITY s | $M_PLAIN_PARITY_ENGINE s | $M_ROUND_PLAIN_PARITY (engine $M_ROUND_PLAIN_PARITY_ENGINE) |
| plugin, everything, the project's JVM options | $M_DEFAULT s | $M_DEFAULT_ENGINE s | $M_ROUND_DEFAULT |
| plugin, everything, Maven's defaults | $M_PLAIN_DEFAULT s | $M_PLAIN_DEFAULT_ENGINE s | $M_ROUND_PLAIN_DEFAULT |
| plugin, this repository's \`content/\` (one track), the project's JVM options | $(median <<<"$SMALL_LADDER_FULL") s | | |
| plugin, this repository's \`content/\`, Maven's defaults | $(median <<<"$PLAIN_SMALL_LADDER_FULL") s | | |

The ratios of the medians, for comparison: Hugo's page set $R_PARITY (engine $R_ENGINE), everything $R_DEFAULT
(engine to faithful Hugo, median of rounds: $M_ROUND_DEFAULT_ENGINE).

Every run, in seconds, round by round:

| | full build | engine | rebuild | rebuild, engine |
| --- | --- | --- | --- | --- |
| Hugo, faithful |$HUGO_FULL | |$HUGO_AGAIN | |
| Hugo, minimal |$HUGO_MIN_FULL | | | |
| plugin, Hugo's page set |$PARITY_FULL | $(for ms in $PARITY_ENGINE; do printf '%s ' "$(seconds "$ms")"; done)|$PARITY_AGAIN | $(for ms in $PARITY_AGAIN_ENGINE; do printf '%s ' "$(seconds "$ms")"; done)|
| plugin, everything |$DEFAULT_FULL | $(for ms in $DEFAULT_ENGINE; do printf '%s ' "$(seconds "$ms")"; done)|$DEFAULT_AGAIN | $(for ms in $DEFAULT_AGAIN_ENGINE; do printf '%s ' "$(seconds "$ms")"; done)|
| plugin, everything, \`-Xmx256m\` |$SMALL_FULL | $(for ms in $SMALL_ENGINE; do printf '%s ' "$(seconds "$ms")"; done)| | |
| plugin, Hugo's page set, Maven's JVM defaults |$PLAIN_PARITY_FULL | $(for ms in $PLAIN_PARITY_ENGINE; do printf '%s ' "$(seconds "$ms")"; done)| | |
| plugin, everything, Maven's JVM defaults |$PLAIN_DEFAULT_FULL | $(for ms in $PLAIN_DEFAULT_ENGINE; do printf '%s ' "$(seconds "$ms")"; done)| | |

Each round's ratios to that round's faithful Hugo: minimal Hugo$ROUND_MIN; engine (Hugo's page set)$ROUND_PARITY_ENGINE;
whole process (Hugo's page set)$ROUND_PARITY; whole process (everything)$ROUND_DEFAULT; \`-Xmx256m\`$ROUND_SMALL
(to the same round's default heap:$ROUND_SMALL_DEFAULT). Processor time of the full builds, in seconds: faithful
Hugo$HUGO_CPU; minimal Hugo$HUGO_MIN_CPU; plugin (Hugo's page set)$PARITY_CPU; plugin (everything)$DEFAULT_CPU;
\`-Xmx256m\`$SMALL_CPU.

## The machine

| | |
| --- | --- |
| processor | $CPU, $(nproc) cores |
| memory | $MEMORY |
| system | $OS, Linux $(uname -r), outputs on $FILESYSTEM |
| load average (1, 5, 15 minutes) | $LOAD_BEFORE before the first round, $LOAD_AFTER after the last |
| 1-minute load average, round by round (the benchmark's own builds count in it) | ${LOADS#; } |
| creating 1,000 empty files in 20 new folders beside the outputs, before each round | ${PROBES#; } |
| Java | $JAVA |
| Maven | $MAVEN |
| Hugo | $HUGO_VERSION |

The file probe is, in small, what a build spends creating its files: about 60 ms on this machine when the file
system is settled, and 180 to 220 ms in the six minutes after deleting a previous run's outputs, when every
build's system time grows with it (see \`fresh_folder\` in \`bench/report.sh\`). The benchmark took $ELAPSED s in all, with
deleting the previous run's outputs and waiting for the file system, packaging the plugin and generating the ladder.

## The commands

From the repository root, with \`\$ROOT\` the repository root and \`\$OUT\` a new folder for each full build (a
rebuild runs the same command again on the same folder). \`\$MVN\` is
\`mvn -o -B -s \$ROOT/bench/target/settings.xml -Dmaven.repo.local=\$ROOT/bench/target/repository -Daether.offline.protocols=file\`:
Maven offline with the benchmark's own repository, whose settings take every artifact but the plugin from the
local repository.

\`\`\`sh
mvn -o -B -q package -DskipTests -Dinvoker.skip=true -f ladder-maven-plugin/pom.xml
mvn -o -B -q install:install-file -f ladder-maven-plugin/pom.xml -DpomFile=ladder-maven-plugin/pom.xml \\
    -Dfile=ladder-maven-plugin/target/ladder-maven-plugin-0.1.0-SNAPSHOT.jar -DlocalRepositoryPath=\$ROOT/bench/target/repository
java bench/CorpusGenerator.java $TRACKS $LEVELS $COMPETENCIES \$ROOT/bench/target/content
hugo --source \$ROOT/bench/hugo-minimal --contentDir \$ROOT/bench/target/content --destination \$OUT --cacheDir \$ROOT/bench/target/hugo-cache --noBuildLock --quiet
hugo --source \$ROOT/bench/hugo --contentDir \$ROOT/bench/target/content --destination \$OUT --cacheDir \$ROOT/bench/target/hugo-cache --noBuildLock --quiet
\$MVN package -f bench/project/pom.xml -Dladder.content=\$ROOT/bench/target/content -Dladder.output=\$OUT ${PARITY[*]}
\$MVN package -f bench/project/pom.xml -Dladder.content=\$ROOT/bench/target/content -Dladder.output=\$OUT
MAVEN_OPTS=-Xmx256m \$MVN package -f bench/project/pom.xml -Dladder.content=\$ROOT/bench/target/content -Dladder.output=\$OUT
MAVEN_BASEDIR=\$ROOT/bench \$MVN package -f bench/project/pom.xml -Dladder.content=\$ROOT/bench/target/content -Dladder.output=\$OUT ${PARITY[*]}
MAVEN_BASEDIR=\$ROOT/bench \$MVN package -f bench/project/pom.xml -Dladder.content=\$ROOT/bench/target/content -Dladder.output=\$OUT
\`\`\`

Maven reads \`.mvn/jvm.config\` from the project's base folder, \`bench/project\`; \`MAVEN_BASEDIR\` names another one,
without that file, for the builds with Maven's JVM defaults.

Hugo's faithful layout, \`bench/hugo/\` (with what both layouts share in \`bench/hugo-common/\`), makes the same pages from the same files: each level page
shows its sections with links resolved to pages, and the previous and next level; each track page lists its
levels in order; each matrix (an output format of the track) cuts every level's section for every competency
out of the level's HTML; the home page lists families, tracks and levels. Hugo has no way to skip unchanged
pages outside its development server, so its rebuild renders and writes every page again.
REPORT
if [ -n "$PROFILE_SECTION" ]; then
  printf '\n%s\n' "$PROFILE_SECTION" >>"$ROOT/BENCHMARKS.md"
fi
if [ -n "$SERVE_SECTION" ]; then
  printf '\n%s\n' "$SERVE_SECTION" >>"$ROOT/BENCHMARKS.md"
fi
if [ -n "$VERSIONS_SECTION" ]; then
  printf '\n%s\n' "$VERSIONS_SECTION" >>"$ROOT/BENCHMARKS.md"
fi
if [ -n "$SPECIALISATIONS_SECTION" ]; then
  printf '\n%s\n' "$SPECIALISATIONS_SECTION" >>"$ROOT/BENCHMARKS.md"
fi

# Left for the next run to delete (see fresh_folder in bench/report.sh).
log "Wrote BENCHMARKS.md in ${ELAPSED} s; the outputs stay in bench/target until the next run"
