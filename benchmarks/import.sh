#!/usr/bin/env bash
# Measures `curriculum import book` on the IGMA course book (issue 16): the time of one import in
# a release build (target < 200 ms), and the agreement with the hand transcription per field.
#
#   benchmarks/import.sh
#
# Environment: CURRICULUM_BIN=path measures that binary instead of building one; IMPORT_RUNS=N
# takes the best of N runs (default 5). Not run by CI (timings belong in a benchmark, not in tests).
#
# Prints wall and CPU time of the best run, then the agreement lines IgmaBookImportTests prints
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

best_wall=""
best_cpu=""
for run in $(seq "$runs"); do
  TIMEFORMAT="%3R %3U %3S"
  { time "$tool" import book "$book" --output "$work/out-$run" >/dev/null; } 2>"$work/time"
  read -r wall user sys < <(tail -1 "$work/time")
  cpu=$(echo "$user + $sys" | bc)
  if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc)" = 1 ]; then
    best_wall=$wall
    best_cpu=$cpu
  fi
done
echo "import book (IGMA seed, $(wc -l <"$book") lines): wall ${best_wall}s, cpu ${best_cpu}s (best of $runs; target < 0.200 s)"

echo "agreement with curriculum/igma-femina (debug test build):"
swift test --filter IgmaBookImportTests 2>&1 | grep -E "^import agreement" || true
