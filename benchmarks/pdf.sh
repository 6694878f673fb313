#!/usr/bin/env bash
# Measures several PDFs in one call against one call per PDF (issue 17): N copies of the shipped
# plans (curriculum/igma-femina/plans/*.plan.md) printed
#   one call:   export --plan P1 ... --plan PN --format pdf --output-dir DIR   (one browser start)
#   N calls:    export --plan Pi --output Pi.pdf, one after the other           (one browser each)
#   N calls, pipe: export --plan Pi --format pdf --output-dir DIRi, one after the other
# Not run by CI: timings belong in a benchmark, not in tests.
#
#   benchmarks/pdf.sh [N] [RUNS]     (default 4 PDFs, 5 runs; medians are reported)
#
# The three commands run alternately, round after round, so that a busy moment on a shared machine
# slows one run of each. Wall time is until the command exits. CPU time (user + sys) is that of the
# whole process tree, the browser's processes included: the measuring Python makes itself a child
# subreaper (prctl PR_SET_CHILD_SUBREAPER), so every descendant, orphaned or not, is reaped by it and
# counted in its RUSAGE_CHILDREN. CURRICULUM_BIN=path measures that binary instead of building one
# (release, scratch path .build-rel).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-4}
runs=${2:-5}
command -v chromium >/dev/null 2>&1 || { echo "pdf.sh: needs Chromium on PATH (apt-get install chromium)" >&2; exit 2; }
if [ -n "${CURRICULUM_BIN:-}" ]; then
  tool=$(cd "$(dirname "$CURRICULUM_BIN")" && pwd)/$(basename "$CURRICULUM_BIN")
else
  echo "building release (.build-rel)" >&2
  swift build -c release --scratch-path .build-rel --product curriculum >&2
  tool=$(pwd)/.build-rel/release/curriculum
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# N plans: the shipped ones, copied round-robin, each naming the shipped curriculum by its full path.
curriculum=$(pwd)/curriculum/igma-femina
shipped=(curriculum/igma-femina/plans/*.plan.md)
mkdir -p "$work/plans"
plans=()
for i in $(seq 1 "$count"); do
  source=${shipped[$(( (i - 1) % ${#shipped[@]} ))]}
  target="$work/plans/dag-$i.plan.md"
  sed "s|^Curriculum: .*|Curriculum: $curriculum|" "$source" > "$target"
  plans+=("$target")
done

python3 - "$runs" "$tool" "$work" "${plans[@]}" <<'PY'
import ctypes, os, shutil, statistics, subprocess, sys, time
runs, tool, work, plans = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER

def one_call():
    out = f"{work}/one"
    shutil.rmtree(out, ignore_errors=True)
    args = [tool, "export"]
    for plan in plans: args += ["--plan", plan]
    return [args + ["--format", "pdf", "--output-dir", out]]

def single_calls(pipe):
    out = f"{work}/single"
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    calls = []
    for i, plan in enumerate(plans):
        if pipe:
            calls.append([tool, "export", "--plan", plan, "--format", "pdf", "--output-dir", f"{out}/{i}"])
        else:
            calls.append([tool, "export", "--plan", plan, "--output", f"{out}/{i}.pdf"])
    return calls

def reap_all():
    while True:
        try: os.waitpid(-1, 0)
        except ChildProcessError: return

def measure(calls):
    before = os.times()
    start = time.perf_counter()
    for argv in calls:
        result = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode != 0: sys.exit("FAILED: " + " ".join(argv) + "\n" + result.stderr)
    wall = (time.perf_counter() - start) * 1000
    reap_all()
    after = os.times()
    cpu = ((after.children_user - before.children_user) + (after.children_system - before.children_system)) * 1000
    return wall, cpu

variants = [("one call, one browser", lambda: one_call()), (f"{len(plans)} calls, --output (one-shot)", lambda: single_calls(False)),
            (f"{len(plans)} calls, --output-dir (pipe)", lambda: single_calls(True))]
for _, make in variants: measure(make())  # warm-up round
samples = {name: [] for name, _ in variants}
for _ in range(runs):
    for name, make in variants: samples[name].append(measure(make()))
print(f"{len(plans)} PDFs, median of {runs} alternating runs; CPU includes the browser's processes")
print(f"{'':40} {'wall ms':>9} {'CPU ms':>9}")
base = statistics.median(w for w, _ in samples[variants[0][0]])
for name, rows in samples.items():
    wall = statistics.median(w for w, _ in rows)
    cpu = statistics.median(c for _, c in rows)
    print(f"{name:40} {wall:9.0f} {cpu:9.0f}   wall {wall / base:4.2f}x")
PY
