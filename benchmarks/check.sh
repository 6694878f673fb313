#!/usr/bin/env bash
# Measures `curriculum check` against Debian's `cmark` on the same bytes, and `fmt --check` against
# `check`. Not run by CI (timings belong in a benchmark, not in tests).
#
#   benchmarks/check.sh [CURRICULA] [EXERCISES]     (generated corpus; defaults: 200 curricula of 100 exercises)
#
# Two corpora:
#   * shipped: COPIES copies (default 100) of curriculum/igma-femina, the issue-17 target;
#   * generated: benchmarks/generate_corpus.py CURRICULA EXERCISES (seeded; not in canonical layout,
#     so `fmt --check` has to format, re-parse and compare every file).
# On each, cmark runs as ONE process over exactly the files `check` reads (the list `check --format
# json` reports), so both tools read the same bytes and start one process each.
#
# Every command runs RUNS times (default 11), the commands alternating (check, cmark, fmt, check,
# cmark, fmt, ...), one process per run; benchmarks/measure.py reports medians of wall time and of CPU
# time (user + sys, from the child's rusage) and the peak resident memory.
#
# Each corpus also prints the spread: how far each tool's median sits above its fastest run. On a
# quiet machine it is a few per cent; another load slows the two-core check more than the one-core
# cmark, and a spread over 5% is flagged, since the ratios of such a run say more about the machine.
#
# Environment: CURRICULUM_BIN=path measures that binary instead of building one; RUNS=N (or CHECK_RUNS, as
# benchmarks/run.sh passes it); COPIES=N;
# BENCH_DIR=folder for the corpora (default /tmp). Builds in release mode with its own scratch path,
# linked as the released binary is (scripts/release-flags.sh).
#
# Targets (issue 17), on the shipped corpus: check wall <= 0.5x cmark's, check CPU <= 1.0x cmark's,
# peak memory < 2x the bytes read; on the generated corpus: fmt --check wall <= 2x check's; the shipped
# curriculum alone: cold check < 15 ms.
set -euo pipefail
cd "$(dirname "$0")/.."

curricula=${1:-200}
exercises=${2:-100}
copies=${COPIES:-100}
runs=${RUNS:-${CHECK_RUNS:-11}}
bench_dir=${BENCH_DIR:-/tmp}
generated=$bench_dir/curriculum-bench-corpus-$curricula-$exercises
shipped=$bench_dir/curriculum-bench-shipped-$copies

command -v cmark >/dev/null 2>&1 || {
  echo "installing cmark (apt)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends cmark >/dev/null
}

if [ -n "${CURRICULUM_BIN:-}" ]; then
  tool=$CURRICULUM_BIN
else
  # The binary as scripts/release.sh builds it for the release tarball (scripts/release-flags.sh):
  # on Linux a static executable, which starts without the dynamic loader (docs/performance.md).
  source scripts/release-flags.sh
  echo "building release (.build-bench: ${release_flags[*]})" >&2
  swift build "${release_flags[@]}" --scratch-path .build-bench >&2
  tool=.build-bench/release/curriculum
fi
tool=$(cd "$(dirname "$tool")" && pwd)/$(basename "$tool")

# The corpora, made once and reused (a marker file says a corpus is complete).
if [ ! -f "$generated/.complete" ]; then
  rm -rf "$generated"
  python3 benchmarks/generate_corpus.py "$generated" "$curricula" "$exercises" >&2
  touch "$generated/.complete"
fi
if [ ! -f "$shipped/.complete" ] || ! diff -rq curriculum/igma-femina "$shipped/copy-001" >/dev/null 2>&1; then
  rm -rf "$shipped"
  mkdir -p "$shipped"
  for i in $(seq -f '%03g' "$copies"); do cp -r curriculum/igma-femina "$shipped/copy-$i"; done
  touch "$shipped/.complete"
fi

# The files `check` reads, from its own JSON report, for cmark.
files_read() { # corpus list-file
  "$tool" check --format json "$1" 2>/dev/null | python3 -c '
import json, sys
for path in json.load(sys.stdin)["files"]: print(path)' >"$2" || true
  [ -s "$2" ] || { echo "check --format json reported no files for $1" >&2; exit 1; }
}
files_read "$shipped" /tmp/curriculum-bench-files-shipped.txt
files_read "$generated" /tmp/curriculum-bench-files-generated.txt
# cmark takes the files as arguments: one process reads them as one document.
cmark_command() { printf 'cmark'; while read -r f; do printf ' %q' "$f"; done <"$1"; }

echo "measuring ($runs alternating runs of each command; this takes a minute or two)" >&2
shipped_json=$(python3 benchmarks/measure.py "$runs" \
  "check=$tool check --format json $shipped" \
  "cmark=$(cmark_command /tmp/curriculum-bench-files-shipped.txt)" \
  "fmt=$tool fmt --check $shipped")
generated_json=$(python3 benchmarks/measure.py "$runs" \
  "check=$tool check --format json $generated" \
  "cmark=$(cmark_command /tmp/curriculum-bench-files-generated.txt)" \
  "fmt=$tool fmt --check $generated")
single_json=$(python3 benchmarks/measure.py $((runs * 3)) \
  "check=$tool check curriculum/igma-femina" \
  "start=$tool --version")

if ! ldd "$tool" >/dev/null 2>&1; then linking="a static executable"
elif ldd "$tool" | grep -q libswiftCore; then linking="Swift runtime linked dynamically"
else linking="Swift runtime linked statically"; fi
python3 - "$shipped_json" "$generated_json" "$single_json" /tmp/curriculum-bench-files-shipped.txt \
  /tmp/curriculum-bench-files-generated.txt "$copies" "$curricula" "$exercises" "$runs" "$tool" "$linking" <<'PY'
import json, os, sys
shipped, generated, single = (json.loads(a) for a in sys.argv[1:4])
lists = sys.argv[4:6]
copies, curricula, exercises, runs, tool, linking = sys.argv[6:12]

def size(listing):
    paths = open(listing).read().split("\n")
    paths = [p for p in paths if p]
    return len(paths), sum(os.path.getsize(p) for p in paths)

def verdict(ok):
    return "OK" if ok else "MISSED"

load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"] * 3
print(f"machine: {os.cpu_count()} CPUs; load average now {' '.join(load)}; medians of {runs} alternating runs, one process each")
print(f"binary: {tool} ({linking})")
for name, data, listing, what in (
    ("shipped", shipped, lists[0], f"{copies} copies of curriculum/igma-femina"),
    ("generated", generated, lists[1], f"{curricula} curricula x {exercises} exercises, not in canonical layout"),
):
    files, bytes_ = size(listing)
    check, cmark, fmt = data["check"], data["cmark"], data["fmt"]
    print()
    print(f"{name} corpus: {what}; check reads {files} files, {bytes_ / 1e6:.1f} MB; cmark is one process over the same files")
    print(f"  {'':14} {'wall ms':>9} {'CPU ms':>9} {'peak MiB':>9}")
    for label, row in (("check", check), ("cmark", cmark), ("fmt --check", fmt)):
        print(f"  {label:14} {row['wall_ms']:9.1f} {row['cpu_ms']:9.1f} {row['peak_kib'] / 1024:9.1f}")
    wall_ratio = check["wall_ms"] / cmark["wall_ms"]
    cpu_ratio = check["cpu_ms"] / cmark["cpu_ms"]
    fmt_ratio = fmt["wall_ms"] / check["wall_ms"]
    memory = check["peak_kib"] * 1024 / bytes_
    target = name == "shipped"
    print(f"  check/cmark wall: {wall_ratio:.2f}" + (f" (target <= 0.5) {verdict(wall_ratio <= 0.5)}" if target else ""))
    print(f"  check/cmark CPU:  {cpu_ratio:.2f}" + (f" (target <= 1.0) {verdict(cpu_ratio <= 1.0)}" if target else ""))
    print(f"  check peak memory: {memory:.2f}x the bytes read (target < 2x) {verdict(memory < 2)}")
    print(f"  fmt --check/check wall: {fmt_ratio:.2f}, CPU: {fmt['cpu_ms'] / check['cpu_ms']:.2f}"
          + (" (target <= 2) " + verdict(fmt_ratio <= 2) if name == "generated" else " (canonical: nothing to re-parse)"))
    # How far each median sits above its fastest run: on a quiet machine a few per cent. Another
    # load on the machine slows the two-core check more than the one-core cmark, so a run with a
    # wide spread says more about the machine than about the tools.
    spread = {label: row["wall_ms"] / row["wall_min_ms"] for label, row in (("check", check), ("cmark", cmark))}
    noisy = max(spread.values()) > 1.05
    print(f"  spread (median / fastest run): check {spread['check']:.3f}, cmark {spread['cmark']:.3f}"
          + (" (more than 5%: the machine was not quiet)" if noisy else " (quiet)"))
one, start = single["check"], single["start"]
print()
print(f"shipped curriculum alone: check {one['wall_ms']:.1f} ms wall, {one['cpu_ms']:.1f} ms CPU "
      f"(target < 15 ms) {verdict(one['wall_ms'] < 15)}; process start (--version) {start['wall_ms']:.1f} ms")
PY
