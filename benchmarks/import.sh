#!/usr/bin/env bash
# Measures `curriculum import book` on the IGMA course book (issue 16): the time of one import in
# a release build (target < 200 ms), and the agreement with the hand transcription per field.
#
#   benchmarks/import.sh
#
# Environment: CURRICULUM_BIN=path measures that binary instead of building one; IMPORT_RUNS=N
# takes the median of N runs (default 5). Not run by CI (timings belong in a benchmark, not in tests).
#
# Prints the median wall and CPU time (user + sys), then the agreement lines IgmaBookImportTests prints
# (ID, minutes and annexes per exercise of curriculum/igma-femina).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${CURRICULUM_BIN:-}" ]; then
  tool=$CURRICULUM_BIN
else
  echo "building release (.build-bench)" >&2
  swift build -c release --scratch-path .build-bench --product curriculum >&2
  tool=.build-bench/release/curriculum
fi
runs=${IMPORT_RUNS:-5}
book=Tests/Fixtures/books/igma-femina.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

walls=()
cpus=()
for run in $(seq "$runs"); do
  TIMEFORMAT="%3R %3U %3S"
  { time "$tool" import book "$book" --output "$work/out-$run" >/dev/null; } 2>"$work/time"
  read -r wall user sys < <(tail -1 "$work/time")
  walls+=("$wall")
  cpus+=("$(echo "$user + $sys" | bc)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "machine: $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "import book (IGMA seed, $(wc -l <"$book") lines): wall $(median "${walls[@]}") s, CPU $(median "${cpus[@]}") s (medians of $runs runs, one process each; target < 0.200 s)"

echo "agreement with curriculum/igma-femina (debug test build):"
swift test --filter IgmaBookImportTests 2>&1 | grep -E "^import agreement" || true
