# Functions the benchmark scripts share, sourced by them: medians of runs, the engine's time from a
# build's summary line, and writing a script's own section into BENCHMARKS.md.

# median: the median of the numbers on standard input (separated by spaces or lines), or n/a.
median() {
  tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 }
    END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# summary_line LOG: the last summary line of the plugin in a build's log ("Ladder: … in N ms").
summary_line() { grep -o 'Ladder: [0-9]* tracks\{0,1\},.* in [0-9]* ms' "$1" | tail -1; }

# engine LOG: the engine's time of the build in LOG, in seconds, from its summary line.
engine() { summary_line "$1" | sed -E 's/.* in ([0-9]+) ms$/\1/' | awk '{ printf "%.2f", $1 / 1000 }'; }

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
