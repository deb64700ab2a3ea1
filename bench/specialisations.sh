#!/usr/bin/env bash
# Times a generated ladder in which every second track is a specialisation of the one before it (it
# extends it and inherits all but two of each level's sections) against the same ladder without
# specialisations, and writes the results into BENCHMARKS.md between the markers
# <!-- specialisations:begin --> and <!-- specialisations:end --> (at the end the first time; bench/run.sh
# keeps that part).
#
#   bench/specialisations.sh [tracks levels competencies [rounds]]    (default: 200 10 7 5; about eight
#                                                                      minutes on a 2-core machine)
#
# Both corpora come from bench/CorpusGenerator.java, the second with its "specialisations" option; their
# sites have the same pages, each with as many sections. Rounds are interleaved (plain, then with
# specialisations) so that other work on the machine falls on both alike; beside the engine's time (wall
# clock), the processor time of the whole process is measured (with GNU time, when installed), which other
# work on a shared machine disturbs less. Needs Java and Maven; the plugin
# is installed as bench/run.sh does (bench/install-plugin.sh). Everything goes to
# bench/target/specialisations/, which the next run removes before it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TRACKS=${1:-200}
LEVELS=${2:-10}
COMPETENCIES=${3:-7}
ROUNDS=${4:-5}
WORK="$ROOT/bench/target/specialisations"
START=$(date +%s)

# log, median, engine, summary_line, prepare_work and write_section
. "$ROOT/bench/report.sh"
prepare_work "$WORK"
# markdown_mb LINE: the megabytes of Markdown the generator says it wrote.
markdown_mb() { sed -E 's/.*, ([0-9.]+) MB in .*/\1/' <<<"$1"; }
PLAIN_MB=$(markdown_mb "$(java "$ROOT/bench/CorpusGenerator.java" "$TRACKS" "$LEVELS" "$COMPETENCIES" "$WORK/plain")")
EXTENDED_MB=$(markdown_mb "$(java "$ROOT/bench/CorpusGenerator.java" "$TRACKS" "$LEVELS" "$COMPETENCIES" \
  "$WORK/extended" specialisations)")

TIME_BIN=""
if /usr/bin/time -f '%U' -o /dev/null true 2>/dev/null; then
  TIME_BIN=/usr/bin/time
fi

# build CORPUS ROUND: a whole build of the corpus into a new folder; sets ENGINE (seconds), CPU (user and
# system seconds of the whole process, or n/a) and PAGES.
build() {
  local log="$WORK/$1-$2.log" timed=()
  if [ -n "$TIME_BIN" ]; then
    timed=("$TIME_BIN" -f '%U %S' -o "$WORK/time.txt")
  fi
  if ! "${timed[@]}" "${MVN[@]}" package -f "$ROOT/bench/project/pom.xml" -Dladder.content="$WORK/$1" \
      -Dladder.output="$WORK/site-$1-$2" >"$log" 2>&1; then
    log "failed: $1, round $2"; tail -20 "$log" >&2; exit 1
  fi
  ENGINE=$(engine "$log")
  CPU=n/a
  if [ -n "$TIME_BIN" ]; then
    CPU=$(tail -1 "$WORK/time.txt" | awk '{ printf "%.2f", $1 + $2 }')
  fi
  PAGES=$(find "$WORK/site-$1-$2" -name '*.html' | wc -l | tr -d ' ')
  # Kept: deleting it here would slow the next build's writes (see fresh_folder in bench/report.sh).
}
per_page() { awk -v s="$1" -v p="$2" 'BEGIN { if (s == "n/a") print "n/a"; else printf "%.2f", s * 1000 / p }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a") print "n/a"; else printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" 'BEGIN { print (r != "n/a" && r + 0 <= 1.10) ? "met" : "**not met**" }'; }

PLAIN=""; EXTENDED=""; PLAIN_CPU=""; EXTENDED_CPU=""
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
for round in $(seq 1 "$ROUNDS"); do
  log "Round $round of $ROUNDS"
  build plain "$round"; PLAIN+=" $ENGINE"; PLAIN_CPU+=" $CPU"; PLAIN_PAGES=$PAGES
  build extended "$round"; EXTENDED+=" $ENGINE"; EXTENDED_CPU+=" $CPU"; EXTENDED_PAGES=$PAGES
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
SUMMARY_PLAIN=$(summary_line "$WORK/plain-1.log")
SUMMARY_EXTENDED=$(summary_line "$WORK/extended-1.log")
M_PLAIN=$(median <<<"$PLAIN"); M_EXTENDED=$(median <<<"$EXTENDED")
P_PLAIN=$(per_page "$M_PLAIN" "$PLAIN_PAGES"); P_EXTENDED=$(per_page "$M_EXTENDED" "$EXTENDED_PAGES")
RATIO=$(ratio "$P_EXTENDED" "$P_PLAIN")
C_PLAIN=$(median <<<"${PLAIN_CPU//n\/a/}"); C_EXTENDED=$(median <<<"${EXTENDED_CPU//n\/a/}")
CP_PLAIN=$(per_page "$C_PLAIN" "$PLAIN_PAGES"); CP_EXTENDED=$(per_page "$C_EXTENDED" "$EXTENDED_PAGES")
CPU_RATIO=$(ratio "$CP_EXTENDED" "$CP_PLAIN")
ELAPSED=$(( $(date +%s) - START ))

SECTION=$(cat <<REPORT
<!-- specialisations:begin -->
## Specialisations

Written by \`bench/specialisations.sh $TRACKS $LEVELS $COMPETENCIES $ROUNDS\` on $(date -u '+%Y-%m-%d at %H:%M UTC'), on the machine
described above (load average $LOAD_BEFORE before, $LOAD_AFTER after; $ELAPSED s in all). Two corpora of
\`bench/CorpusGenerator.java $TRACKS $LEVELS $COMPETENCIES\`: the plain one, and the same with \`specialisations\`, where
every second track extends the track before it, omits its last competency for one of its own, and has each
level write that one and rewrite the first, inheriting the other $(( COMPETENCIES - 2 )) sections from the base level in the same
place: less Markdown to read ($EXTENDED_MB MB against $PLAIN_MB MB, as the generator reports it), the same pages. Each build is \`mvn package\` of \`bench/project\` into a new folder, with the default options; rounds are
interleaved. Engine time is the build's summary line (wall clock); processor time is the user and system time
of the whole process, Maven included; both the median of $ROUNDS rounds.

| corpus | HTML pages | engine | per page | processor | per page |
| --- | ---: | ---: | ---: | ---: | ---: |
| plain | $PLAIN_PAGES | $M_PLAIN s | $P_PLAIN ms | $C_PLAIN s | $CP_PLAIN ms |
| half the tracks specialisations | $EXTENDED_PAGES | $M_EXTENDED s | $P_EXTENDED ms | $C_EXTENDED s | $CP_EXTENDED ms |

| target | ratio | |
| --- | ---: | --- |
| engine time per page within 10% of the plain corpus | $RATIO | $(verdict "$RATIO") |
| processor time per page within 10% of the plain corpus | $CPU_RATIO | $(verdict "$CPU_RATIO") |

Every run, in seconds, round by round: engine, plain$PLAIN, with specialisations$EXTENDED; processor, plain$PLAIN_CPU,
with specialisations$EXTENDED_CPU. The machine is shared with other builds (see the load averages), which shows in
the spread between rounds of the same build; the processor time is the steadier measure. The summary lines of
the first round:

\`\`\`
$SUMMARY_PLAIN
$SUMMARY_EXTENDED
\`\`\`
<!-- specialisations:end -->
REPORT
)
printf '%s\n' "$SECTION" >"$WORK/section.md"
write_section specialisations "$WORK/section.md"

log "Wrote the specialisations section of BENCHMARKS.md in ${ELAPSED} s"
