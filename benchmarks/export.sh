#!/usr/bin/env bash
# Measures `curriculum export`: the shipped curriculum's booklet and a planned IGMA day in every
# format, a generated 2,000-exercise booklet (HTML), and the PDF of the planned day through headless
# Chromium (when installed). Not run by CI: timings belong in a benchmark, not in tests.
#
#   benchmarks/export.sh [RUNS]     (default 5; the median is reported)
#
# Prints wall time (median of RUNS, a new process each, as a user runs it), output size and peak
# resident memory (from /usr/bin/time). CURRICULUM_BIN=path measures that binary instead of building
# one. Targets: a handout or the shipped booklet in any text format
# < 100 ms; the 2,000-exercise booklet < 2 s and < 200 MB; the PDF of a day < 5 s (almost all of it
# Chromium's start-up and layout). Builds in release mode with its own scratch path.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

[ -x /usr/bin/time ] || { echo "installing time (apt)" >&2; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }

if [ -n "${CURRICULUM_BIN:-}" ]; then
  tool=$(cd "$(dirname "$CURRICULUM_BIN")" && pwd)/$(basename "$CURRICULUM_BIN")
else
  echo "building release (.build-bench-export)" >&2
  swift build -c release --scratch-path .build-bench-export --product curriculum >&2
  tool=$(pwd)/.build-bench-export/release/curriculum
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A generated curriculum of 2,000 exercises (one of the check benchmark's corpus generator).
python3 benchmarks/generate_corpus.py "$work/corpus" 1 2000 >/dev/null
big=$(dirname "$(find "$work/corpus" -name curriculum.md | head -1)")

# median wall ms, peak RSS MB and output bytes of one command writing to $work/out.*
measure() { # name extension args...
  local name=$1 ext=$2; shift 2
  python3 - "$runs" "$work/out.$ext" "$@" <<'PY'
import os, subprocess, sys, time
runs, out, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
walls, peak, size = [], 0, 0
for _ in range(runs):
    if os.path.exists(out): os.remove(out)
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command + ["--output", out], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    walls.append((time.perf_counter() - start) * 1000)
    if result.returncode != 0:
        print("FAILED: " + result.stderr.strip().splitlines()[0]); sys.exit(0)
    peak = max(peak, int(result.stderr.strip().splitlines()[-1]))
    size = os.path.getsize(out)
walls.sort()
print(f"{walls[len(walls) // 2]:9.1f} ms  {peak / 1024:7.1f} MB  {size / 1024:8.1f} KiB")
PY
}

plan=curriculum/igma-femina/plans/module-1-niveau-1.plan.md
printf '%-52s %12s %10s %12s\n' "export" "median wall" "peak RSS" "output"
for format in html md txt; do
  printf '%-52s %s\n' "shipped booklet (89 exercises), $format" "$(measure booklet "$format" "$tool" export curriculum/igma-femina --format "$format")"
done
for format in html md txt; do
  printf '%-52s %s\n' "planned IGMA day (5 exercises), $format" "$(measure day "$format" "$tool" export --plan "$plan" --format "$format")"
done
printf '%-52s %s\n' "generated booklet (2,000 exercises), html" "$(measure big html "$tool" export "$big" --format html)"
if command -v chromium >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  printf '%-52s %s\n' "planned IGMA day, pdf (headless Chromium)" "$(measure daypdf pdf "$tool" export --plan "$plan" --format pdf)"
  printf '%-52s %s\n' "shipped booklet, pdf (headless Chromium)" "$(measure bookpdf pdf "$tool" export curriculum/igma-femina --format pdf)"
  echo "(peak RSS of the PDF rows is the largest process of the tree: Chromium's, which the command waits for)"
else
  echo "pdf: skipped, no Chromium on PATH (apt-get install chromium)"
fi
