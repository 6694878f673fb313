#!/usr/bin/env bash
# Issue 14, item 1: export time per MB of each pathological inline form next to ordinary text.
#
#   benchmarks/pathological.sh [SIZE_KB] [RUNS] [BINARY]   (defaults: 1024 KB, 5 runs, .build/debug/curriculum)
#
# Each form is repeated into one procedure step of a one-exercise curriculum of about SIZE_KB, then
# `curriculum export DIR --format FORMAT` runs RUNS times per form, the forms alternating run by run
# so that a busy machine slows them alike. The ratio is of CPU time, which a machine shared with
# other builds disturbs less than wall time. Prints the median wall and CPU (user + system, of the
# child) per MB and the ratio to ordinary text of the same size: curriculum prose with the markup
# trainers write (emphasis, a link, code), which goes through the same inline parser. ('plain prose',
# text without any marker, skips the parser and is shown for scale.) The promise: no form more
# than 2x ordinary text. A quadratic scan shows as a ratio that doubles when SIZE_KB doubles: run it at
# two sizes. Not run by CI: timings belong in a benchmark, not in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
size_kb=${1:-1024}
runs=${2:-5}
tool=${3:-$(pwd)/.build/debug/curriculum}
[ -x "$tool" ] || { echo "no binary at $tool: run swift build first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$tool" "$work" "$size_kb" "$runs" <<'PY'
import os, resource, shutil, statistics, subprocess, sys, time
tool, work, size_kb, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
size = size_kb * 1024
forms = {
    "ordinary text": "Zie *de kaart* en [de gids](https://example.org/gids) of `code`, dan **samen** verder. ",
    "plain prose": "woorden en zinnen ",
    "[": "[", "<": "<", "![": "![", "[a](": "[a](", "*": "*", "`": "`", "_": "_",
    "*a ": "*a ", "_a ": "_a ", "**a ": "**a ", "<http://a ": "<http://a ", "[a]": "[a]", "a](": "a](",
    "[*": "[*", "*_": "*_",
}
source = "Tests/Fixtures/small-curriculum"
dirs = {}
for index, (name, unit) in enumerate(forms.items()):
    folder = os.path.join(work, f"form{index}")
    shutil.copytree(source, folder)
    path = os.path.join(folder, "module-1.md")
    text = open(path, encoding="utf-8").read()
    line = (unit * (size // len(unit) + 1))[:size].rstrip()
    text = text.replace("Deelnemers maken een lijst van organisaties.", line, 1)
    open(path, "w", encoding="utf-8").write(text)
    dirs[name] = folder

def once(folder, fmt):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([tool, "export", folder, "--format", fmt, "--output", os.path.join(work, "out." + fmt), "--force"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        sys.exit(f"export failed for {folder}: {result.stderr.decode()[:300]}")
    return wall, cpu

megabytes = size / (1024 * 1024)
print(f"{size_kb} KB in one procedure step, median of {runs} alternating runs, {os.cpu_count()} cores")
for fmt in ("html", "md", "txt"):
    walls = {name: [] for name in forms}
    cpus = {name: [] for name in forms}
    for _ in range(runs):
        for name, folder in dirs.items():
            wall, cpu = once(folder, fmt)
            walls[name].append(wall)
            cpus[name].append(cpu)
    base = statistics.median(cpus["ordinary text"])
    print(f"\nexport --format {fmt}")
    print(f"{'form':<16} {'wall s/MB':>10} {'cpu s/MB':>10} {'x ordinary':>11}")
    worst = 0.0
    for name in forms:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        ratio = cpu / base
        worst = max(worst, ratio)
        print(f"{name!r:<16} {wall / megabytes:10.3f} {cpu / megabytes:10.3f} {ratio:11.2f}")
    print(f"worst ratio: {worst:.2f} ({'within' if worst <= 2 else 'OVER'} the 2x promise)")
PY
