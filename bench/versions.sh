#!/usr/bin/env bash
# Times a build of the repository's ladder with its older versions published beside it (ladder.versions)
# against a build of the ladder alone, and writes the results into BENCHMARKS.md between the markers
# <!-- versions:begin --> and <!-- versions:end --> (at the end the first time; bench/run.sh keeps that part).
#
#   bench/versions.sh [versions [rounds]]        (default: 10 3; about two minutes on a 2-core machine)
#
# It makes a git repository in bench/target/versions/repo from content/ and templates/, with one commit
# per version, each tagged v<n>.0 (a bullet added to one level and the version and effective date changed),
# then changes the working tree once more, so that the current ladder differs from every tag. Needs Java,
# Maven and git; the plugin is installed as bench/run.sh does (bench/install-plugin.sh). Everything it
# makes goes to bench/target/versions/, which the next run removes before it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VERSIONS=${1:-10}
ROUNDS=${2:-3}
WORK="$ROOT/bench/target/versions"
REPO="$WORK/repo"
START=$(date +%s)

# log, median, engine, summary_line, prepare_work and write_section
. "$ROOT/bench/report.sh"
prepare_work "$WORK"
PLUGIN=("${MVN[@]}" package -f "$ROOT/bench/project/pom.xml" -Dladder.content="$REPO/content"
  -Dladder.templates="$REPO/templates")

log "Making a repository with $VERSIONS tagged versions of content/"
mkdir -p "$REPO"
cp -r "$ROOT/content" "$REPO/content"
cp -r "$ROOT/templates" "$REPO/templates"
TRACK=$(find "$REPO/content" -mindepth 1 -maxdepth 1 -type d | sort | head -1)
LEVELS=($(find "$TRACK" -name '*.md' ! -name '_index.md' | sort))
# release N DATE: the version field and effective date of the home page.
release() {
  sed -i -E "s/^version: .*/version: \"$1\"/; s/^effective: .*/effective: $2/" "$REPO/content/_index.md"
}
(
  cd "$REPO"
  git init -q -b main
  for n in $(seq 1 "$VERSIONS"); do
    day=$(date -u -d "2025-01-06 + $(( (n - 1) * 28 )) days" +%F)
    release "$n.0" "$day"
    level=${LEVELS[$(( (n - 1) % ${#LEVELS[@]} ))]}
    printf '\n- Shares what version %d.0 of the ladder changed with the people they work with.\n' "$n" >>"$level"
    git add -A
    GIT_AUTHOR_DATE="${day}T09:00:00Z" GIT_COMMITTER_DATE="${day}T09:00:00Z" \
      git -c user.name=Bench -c user.email=bench@example.org -c commit.gpgsign=false commit -q -m "Version $n.0"
    git -c tag.gpgsign=false tag "v$n.0"
  done
  release "$(( VERSIONS + 1 )).0" "$(date -u -d "2025-01-06 + $(( VERSIONS * 28 )) days" +%F)"
)

# measure LOG COMMAND...: sets TAKEN, the wall-clock seconds of the whole process.
measure() {
  local out=$1 begin end
  shift
  begin=$(date +%s%N)
  if ! "$@" >"$out" 2>&1; then
    log "failed: $*"; tail -20 "$out" >&2; exit 1
  fi
  end=$(date +%s%N)
  TAKEN=$(awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.2f", (e - b) / 1e9 }')
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v limit="$2" 'BEGIN { print (r != "n/a" && r + 0 <= limit + 0) ? "met" : "**not met**" }'; }

ONE=""; ONE_ENGINE=""; ALL=""; ALL_ENGINE=""; AGAIN=""; AGAIN_ENGINE=""
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
for round in $(seq 1 "$ROUNDS"); do
  log "Round $round of $ROUNDS"
  measure "$WORK/one-$round.log" "${PLUGIN[@]}" -Dladder.output="$WORK/one-$round"
  ONE+=" $TAKEN"; ONE_ENGINE+=" $(engine "$WORK/one-$round.log")"
  measure "$WORK/all-$round.log" "${PLUGIN[@]}" -Dladder.output="$WORK/all-$round" "-Dladder.versions=v*"
  ALL+=" $TAKEN"; ALL_ENGINE+=" $(engine "$WORK/all-$round.log")"
  # An edit of the current ladder: the archived versions are taken from the last build.
  printf '\n- Round %d of the benchmark edited this level.\n' "$round" >>"${LEVELS[0]}"
  measure "$WORK/again-$round.log" "${PLUGIN[@]}" -Dladder.output="$WORK/all-$round" "-Dladder.versions=v*"
  AGAIN+=" $TAKEN"; AGAIN_ENGINE+=" $(engine "$WORK/again-$round.log")"
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
SUMMARY_ALL=$(summary_line "$WORK/all-1.log")
SUMMARY_AGAIN=$(summary_line "$WORK/again-1.log")
PAGES_ONE=$(find "$WORK/one-1" -name '*.html' | wc -l | tr -d ' ')
PAGES_ALL=$(find "$WORK/all-1" -name '*.html' | wc -l | tr -d ' ')

M_ONE=$(median <<<"$ONE"); M_ALL=$(median <<<"$ALL"); M_AGAIN=$(median <<<"$AGAIN")
M_ONE_ENGINE=$(median <<<"$ONE_ENGINE"); M_ALL_ENGINE=$(median <<<"$ALL_ENGINE"); M_AGAIN_ENGINE=$(median <<<"$AGAIN_ENGINE")
R_ALL=$(ratio "$M_ALL" "$M_ONE"); R_AGAIN=$(ratio "$M_AGAIN" "$M_ONE")
R_ALL_ENGINE=$(ratio "$M_ALL_ENGINE" "$M_ONE_ENGINE"); R_AGAIN_ENGINE=$(ratio "$M_AGAIN_ENGINE" "$M_ONE_ENGINE")
ELAPSED=$(( $(date +%s) - START ))

SECTION=$(cat <<REPORT
<!-- versions:begin -->
## The versions archive

Written by \`bench/versions.sh $VERSIONS $ROUNDS\` on $(date -u '+%Y-%m-%d at %H:%M UTC'), on the machine described above
(load average $LOAD_BEFORE before, $LOAD_AFTER after; $ELAPSED s in all). The ladder is this repository's
\`content/\` and \`templates/\`, in a git repository with $VERSIONS commits tagged \`v1.0\` to \`v$VERSIONS.0\`, each
adding a bullet to one level and changing the version and effective date; the working tree is then changed
once more. Each build is \`mvn package\` of \`bench/project\` as in the benchmark above, into a new folder but for
the rebuild; the median of $ROUNDS rounds, in wall-clock seconds of the whole process, and of the engine (the
summary line's time).

| build | whole process | engine | HTML pages |
| --- | ---: | ---: | ---: |
| the ladder alone | $M_ONE s | $M_ONE_ENGINE s | $PAGES_ONE |
| with \`-Dladder.versions=v*\`: $VERSIONS older versions, each read from its commit and rendered | $M_ALL s | $M_ALL_ENGINE s | $PAGES_ALL |
| the same after an edit of the current ladder: the versions are taken from the last build | $M_AGAIN s | $M_AGAIN_ENGINE s | |

| target | ratio to the ladder alone | |
| --- | ---: | --- |
| $VERSIONS versions at most twice the time of one, whole process | $R_ALL | $(verdict "$R_ALL" 2) |
| the same, engine only | $R_ALL_ENGINE | $(verdict "$R_ALL_ENGINE" 2) |
| rebuild after an edit, whole process | $R_AGAIN | $(verdict "$R_AGAIN" 2) |
| rebuild after an edit, engine only | $R_AGAIN_ENGINE | $(verdict "$R_AGAIN_ENGINE" 2) |

Every run, in seconds, round by round: alone$ONE (engine$ONE_ENGINE); with the versions$ALL (engine$ALL_ENGINE);
rebuild$AGAIN (engine$AGAIN_ENGINE). The summary lines of the first round:

\`\`\`
$SUMMARY_ALL
$SUMMARY_AGAIN
\`\`\`
<!-- versions:end -->
REPORT
)
printf '%s\n' "$SECTION" >"$WORK/section.md"
write_section versions "$WORK/section.md"

log "Wrote the versions section of BENCHMARKS.md in ${ELAPSED} s"
