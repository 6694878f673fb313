#!/usr/bin/env bash
# Measures `curriculum check` against Debian's `cmark` on a generated corpus, and on the shipped
# curriculum. Not run by CI (timings belong in a benchmark, not in tests).
#
#   benchmarks/check.sh [CURRICULA] [EXERCISES]     (defaults: 200 curricula of 100 exercises)
#
# Environment: CURRICULUM_BIN=path measures that binary instead of building one (benchmarks/run.sh
# passes its own build); CHECK_RUNS=N takes the best of N runs of check and of cmark (default 5),
# interleaved, so that both meet the same moments of a shared machine.
#
# Prints files/s, MB/s and peak memory for check, cmark's time on the same files, the ratio
# check/cmark (target <= 0.5), peak memory against the corpus size (target < 2x), and the shipped
# curriculum's wall time (target < 20 ms). Builds in release mode with its own scratch path.
set -euo pipefail
cd "$(dirname "$0")/.."

curricula=${1:-200}
exercises=${2:-100}
corpus=${BENCH_CORPUS:-/tmp/curriculum-bench-corpus-$curricula-$exercises}

need=()
command -v cmark >/dev/null 2>&1 || need+=(cmark)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (apt)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ -n "${CURRICULUM_BIN:-}" ]; then
  tool=$CURRICULUM_BIN
else
  echo "building release (.build-bench)" >&2
  swift build -c release --scratch-path .build-bench --product curriculum >&2
  tool=.build-bench/release/curriculum
fi
runs=${CHECK_RUNS:-5}

if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  python3 benchmarks/generate_corpus.py "$corpus" "$curricula" "$exercises" >&2
  touch "$corpus/.complete"
fi

files=$(find "$corpus" -name '*.md' | wc -l)
bytes=$(find "$corpus" -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
mb=$(python3 -c "print(f'{$bytes/1e6:.1f}')")

# Wall time and peak RSS of one command, best of N runs (the file cache is warm after the first).
measure() {
  local runs=$1; shift
  local best_wall=999999 best_rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o /tmp/curriculum-bench-time.txt "$@" >/dev/null 2>/tmp/curriculum-bench-err.txt || true
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/curriculum-bench-time.txt | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' /tmp/curriculum-bench-time.txt)
    if python3 -c "import sys; sys.exit(0 if $wall < $best_wall else 1)"; then best_wall=$wall; best_rss=$rss; fi
  done
  echo "$best_wall $best_rss"
}

# Warm the cache.
cat $(find "$corpus" -name '*.md') >/dev/null

# check and cmark alternate, one run each at a time, and each keeps its best: a busy moment on a
# shared machine then slows one run of each rather than all runs of one.
# cmark parses the same files, 64 to a process (cmark reads the files given as one document).
check_wall=999999; check_rss=0; cmark_wall=999999; cmark_rss=0
for _ in $(seq "$runs"); do
  read -r wall rss < <(measure 1 "$tool" check --format json "$corpus")
  if python3 -c "import sys; sys.exit(0 if $wall < $check_wall else 1)"; then check_wall=$wall; check_rss=$rss; fi
  read -r wall rss < <(measure 1 sh -c "find '$corpus' -name '*.md' -print0 | xargs -0 -n 64 cmark >/dev/null")
  if python3 -c "import sys; sys.exit(0 if $wall < $cmark_wall else 1)"; then cmark_wall=$wall; cmark_rss=$rss; fi
done
{ "$tool" check "$corpus" 2>&1 || true; } | tail -1 | sed 's/^/check says: /' >&2

shipped_ms=$(python3 - "$tool" <<'PY'
import subprocess, sys, time
runs = []
for _ in range(30):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "check", "curriculum/igma-femina"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    runs.append((time.perf_counter() - start) * 1000)
runs.sort()
print(f"{runs[len(runs) // 2]:.1f}")
PY
)
start_ms=$(python3 - "$tool" <<'PY'
import subprocess, sys, time
runs = []
for _ in range(30):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    runs.append((time.perf_counter() - start) * 1000)
runs.sort()
print(f"{runs[len(runs) // 2]:.1f}")
PY
)

python3 - <<PY
files, mb, bytes_ = $files, $mb, $bytes
cw, crss, mw = $check_wall, $check_rss, $cmark_wall
ratio = cw / mw if mw > 0 else float('inf')
print(f"corpus:            {files} files, {mb} MB ($curricula curricula x $exercises exercises)")
print(f"best of {$runs} runs each, check and cmark alternating")
print(f"check:             {cw:.2f} s wall, {files / cw:,.0f} files/s, {mb / cw:.1f} MB/s, peak memory {crss / 1024:.1f} MiB "
      f"({crss * 1024 / bytes_:.2f}x the corpus; target < 2x)")
print(f"cmark:             {mw:.2f} s wall on the same files (peak {$cmark_rss / 1024:.1f} MiB)")
print(f"ratio check/cmark: {ratio:.2f} (target <= 0.5) {'OK' if ratio <= 0.5 else 'MISSED'}")
print(f"shipped curriculum: {$shipped_ms} ms wall, median of 30 (target < 20 ms; process start alone: {$start_ms} ms)")
PY
