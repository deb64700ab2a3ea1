#!/usr/bin/env bash
# Times a generated ladder in which every second track is a specialisation of the one before it (it
# extends it and inherits all but two of each level's sections) against the same ladder without
# specialisations, and writes the results into BENCHMARKS.md between the markers
# <!-- specialisations:begin --> and <!-- specialisations:end --> (at the end the first time; bench/run.sh
# keeps that part).
#
#   bench/specialisations.sh [tracks levels competencies [rounds]]    (default: 200 10 7 3; a few minutes on
#                                                                      a 2-core machine)
#
# Both corpora come from bench/CorpusGenerator.java, the second with its "specialisations" option; their
# sites have the same pages, each with as many sections. Rounds are interleaved (plain, then with
# specialisations) so that other work on the machine falls on both alike. Needs Java and Maven; the plugin
# is installed as bench/run.sh does (bench/install-plugin.sh). Everything goes to
# bench/target/specialisations/, removed at the end (KEEP=1 keeps it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
TRACKS=${1:-200}
LEVELS=${2:-10}
COMPETENCIES=${3:-7}
ROUNDS=${4:-3}
WORK="$ROOT/bench/target/specialisations"
START=$(date +%s)

log() { printf '%s\n' "$*" >&2; }

rm -rf "$WORK"
mkdir -p "$WORK"
log "Packaging the plugin and installing it into the benchmark's own repository"
"$ROOT/bench/install-plugin.sh" "$WORK"
MVN=(mvn -o -B -s "$WORK/settings.xml" -Dmaven.repo.local="$WORK/repository" -Daether.offline.protocols=file)
java "$ROOT/bench/CorpusGenerator.java" "$TRACKS" "$LEVELS" "$COMPETENCIES" "$WORK/plain" >&2
java "$ROOT/bench/CorpusGenerator.java" "$TRACKS" "$LEVELS" "$COMPETENCIES" "$WORK/extended" specialisations >&2

# build CORPUS ROUND: a whole build of the corpus into a new folder; sets ENGINE (seconds) and PAGES.
build() {
  local log="$WORK/$1-$2.log"
  if ! "${MVN[@]}" package -f "$ROOT/bench/project/pom.xml" -Dladder.content="$WORK/$1" \
      -Dladder.output="$WORK/site-$1-$2" >"$log" 2>&1; then
    log "failed: $1, round $2"; tail -20 "$log" >&2; exit 1
  fi
  ENGINE=$(grep -o 'Ladder: [0-9]* tracks\{0,1\},.* in [0-9]* ms' "$log" | tail -1 \
    | sed -E 's/.* in ([0-9]+) ms$/\1/' | awk '{ printf "%.2f", $1 / 1000 }')
  PAGES=$(find "$WORK/site-$1-$2" -name '*.html' | wc -l | tr -d ' ')
  rm -rf "$WORK/site-$1-$2"
}
median() {
  tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 }
    END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
per_page() { awk -v s="$1" -v p="$2" 'BEGIN { printf "%.2f", s * 1000 / p }'; }

PLAIN=""; EXTENDED=""
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
for round in $(seq 1 "$ROUNDS"); do
  log "Round $round of $ROUNDS"
  build plain "$round"; PLAIN+=" $ENGINE"; PLAIN_PAGES=$PAGES
  build extended "$round"; EXTENDED+=" $ENGINE"; EXTENDED_PAGES=$PAGES
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
SUMMARY_PLAIN=$(grep -o 'Ladder: [0-9]* tracks\{0,1\},.* in [0-9]* ms' "$WORK/plain-1.log" | tail -1)
SUMMARY_EXTENDED=$(grep -o 'Ladder: [0-9]* tracks\{0,1\},.* in [0-9]* ms' "$WORK/extended-1.log" | tail -1)
M_PLAIN=$(median <<<"$PLAIN"); M_EXTENDED=$(median <<<"$EXTENDED")
P_PLAIN=$(per_page "$M_PLAIN" "$PLAIN_PAGES"); P_EXTENDED=$(per_page "$M_EXTENDED" "$EXTENDED_PAGES")
RATIO=$(awk -v a="$P_EXTENDED" -v b="$P_PLAIN" 'BEGIN { printf "%.2f", a / b }')
VERDICT=$(awk -v r="$RATIO" 'BEGIN { print (r + 0 <= 1.10) ? "met" : "**not met**" }')
ELAPSED=$(( $(date +%s) - START ))

SECTION=$(cat <<REPORT
<!-- specialisations:begin -->
## Specialisations

Written by \`bench/specialisations.sh $TRACKS $LEVELS $COMPETENCIES $ROUNDS\` on $(date -u '+%Y-%m-%d at %H:%M UTC'), on the machine
described above (load average $LOAD_BEFORE before, $LOAD_AFTER after; $ELAPSED s in all). Two corpora of
\`bench/CorpusGenerator.java $TRACKS $LEVELS $COMPETENCIES\`: the plain one, and the same with \`specialisations\`, where
every second track extends the track before it, omits its last competency for one of its own, and has each
level write that one and rewrite the first, inheriting the other $(( COMPETENCIES - 2 )) sections from the base level in the same
place. Each build is \`mvn package\` of \`bench/project\` into a new folder, with the default options; rounds are
interleaved. Engine time is the build's summary line, the median of $ROUNDS rounds.

| corpus | engine | HTML pages | per page |
| --- | ---: | ---: | ---: |
| plain | $M_PLAIN s | $PLAIN_PAGES | $P_PLAIN ms |
| half the tracks specialisations | $M_EXTENDED s | $EXTENDED_PAGES | $P_EXTENDED ms |

| target | ratio | |
| --- | ---: | --- |
| per page within 10% of the plain corpus | $RATIO | $VERDICT |

Every run's engine time, in seconds, round by round: plain$PLAIN; with specialisations$EXTENDED. The machine is shared
with other builds, which shows in the spread between rounds. The summary lines of the first round:

\`\`\`
$SUMMARY_PLAIN
$SUMMARY_EXTENDED
\`\`\`
<!-- specialisations:end -->
REPORT
)
printf '%s\n' "$SECTION" >"$WORK/section.md"
if grep -q '<!-- specialisations:begin -->' "$ROOT/BENCHMARKS.md"; then
  awk -v section="$WORK/section.md" '
    /<!-- specialisations:begin -->/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /<!-- specialisations:end -->/ { skip = 0; next }
    !skip { print }' "$ROOT/BENCHMARKS.md" >"$WORK/BENCHMARKS.md"
  mv "$WORK/BENCHMARKS.md" "$ROOT/BENCHMARKS.md"
else
  { echo; cat "$WORK/section.md"; } >>"$ROOT/BENCHMARKS.md"
fi

if [ -z "${KEEP:-}" ]; then
  rm -rf "$WORK"
fi
log "Wrote the specialisations section of BENCHMARKS.md in ${ELAPSED} s"
