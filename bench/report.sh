# Functions the benchmark scripts share, sourced by them: a work folder made ready for a run, medians of
# runs, the engine's time from a build's summary line, and writing a script's own section into BENCHMARKS.md.

log() { printf '%s\n' "$*" >&2; }

# jvm_options: the options a project made by ladder:init starts Maven's JVM with; bench/project, which stands
# for such a project, has the same .mvn/jvm.config (a unit test keeps them equal).
jvm_options() { cat "$ROOT/bench/project/.mvn/jvm.config"; }

# fresh_folder DIR: DIR, empty. A previous run's outputs are hundreds of thousands of files, and ext4 without a
# journal (as on the machines BENCHMARKS.md's figures come from) will not reuse an inode freed in the last
# minute, or in the last six while the block that holds it is waiting to be written, which creating files
# beside it keeps doing. Until then each new file costs a scan past the freed ones: on the machine of
# BENCHMARKS.md, 300 microseconds a file instead of 30, several seconds of system time in a build of 12,000
# pages. So what is deleted here is written to disk and left seven minutes before the run (SETTLE seconds),
# and the scripts leave their own outputs for their next run to delete rather than deleting them at the end.
# probe_files (bench/run.sh) shows, round by round, whether creating files was quick again.
SETTLE=${LADDER_BENCH_SETTLE:-420}
fresh_folder() {
  if [ -e "$1" ]; then
    rm -rf "$1"
    sync
    log "Waiting $SETTLE s after deleting the previous run's files, until the file system reuses their inodes"
    sleep "$SETTLE"
  fi
  mkdir -p "$1"
}

# probe_files DIR: the milliseconds it takes to create 1,000 empty files in 20 new folders under DIR (which must
# not exist), the way a build creates its pages; the files are left there, for the same reason as above.
probe_files() {
  local begin end folder file
  mkdir -p "$1"
  begin=$(date +%s%N)
  for folder in $(seq 1 20); do
    mkdir "$1/$folder"
    for file in $(seq 1 50); do
      : >"$1/$folder/$file.html"
    done
  done
  end=$(date +%s%N)
  echo $(( (end - begin) / 1000000 ))
}

# prepare_work WORK: WORK made fresh, the plugin packaged and installed into its own repository there
# (bench/install-plugin.sh), and MVN set to the offline Maven command that builds with it.
prepare_work() {
  fresh_folder "$1"
  log "Packaging the plugin and installing it into the benchmark's own repository"
  "$ROOT/bench/install-plugin.sh" "$1"
  MVN=(mvn -o -B -s "$1/settings.xml" -Dmaven.repo.local="$1/repository" -Daether.offline.protocols=file)
}

# median: the median of the numbers on standard input (separated by spaces or lines), or n/a.
median() {
  tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 }
    END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# summary_line LOG: the last summary line of the plugin in a build's log ("Ladder: … in N ms").
summary_line() { grep -o 'Ladder: [0-9]* tracks\{0,1\},.* in [0-9]* ms' "$1" | tail -1; }

# engine_ms LOG: the engine's time of the build in LOG, in milliseconds, as its summary line says it ("… in N ms").
engine_ms() { summary_line "$1" | sed -E 's/.* in ([0-9]+) ms$/\1/'; }

# engine LOG: the engine's time of the build in LOG, in seconds, from its summary line.
engine() { engine_ms "$1" | awk '{ printf "%.2f", $1 / 1000 }'; }

# write_section NAME FILE: puts FILE, which starts with <!-- NAME:begin --> and ends with <!-- NAME:end -->,
# in place of that part of BENCHMARKS.md, or at its end the first time.
write_section() {
  local name=$1 section=$2 report="$ROOT/BENCHMARKS.md"
  if grep -q "<!-- $name:begin -->" "$report"; then
    awk -v section="$section" -v begin="<!-- $name:begin -->" -v end="<!-- $name:end -->" '
      $0 == begin { while ((getline line < section) > 0) print line; skip = 1; next }
      $0 == end { skip = 0; next }
      !skip { print }' "$report" >"$section.new"
    mv "$section.new" "$report"
  else
    { echo; cat "$section"; } >>"$report"
  fi
}
