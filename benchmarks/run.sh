#!/usr/bin/env bash
# Builds `curriculum` in release mode and measures it on a generated large corpus and on the
# shipped curriculum, side by side with Debian's cmark (a CommonMark parser) and mdl (ruby-mdl, a
# Markdown linter) on the same files. Prints a table and writes it to benchmarks/RESULTS.md.
#
#   benchmarks/run.sh [--runs N]        (default 3 runs per measurement; the best is reported)
#
# Figures: wall time (best of N), throughput in MB/s and files/s, peak resident memory (from
# /usr/bin/time), cold start of the binary (`--version`, first run and median of 20), `list` and
# `export --format html` times. cmark and mdl are installed with apt when absent.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=3
# The corpus: benchmarks/generate_corpus.py (shared with benchmarks/check.sh), seeded.
corpus_curricula=60
corpus_exercises=200
[ "${1:-}" = "--runs" ] && runs="${2:-3}"

scratch=.build-bench-run
out=benchmarks/out
corpus=benchmarks/corpus
shipped=curriculum/igma-femina
mkdir -p "$out"

# --- tools --------------------------------------------------------------------------------------
need=()
command -v cmark >/dev/null 2>&1 || need+=(cmark)
command -v mdl >/dev/null 2>&1 || need+=(ruby-mdl)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (apt) ..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "building release (scratch path $scratch) ..." >&2
swift build -c release --scratch-path "$scratch" --product curriculum >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
bin="$root/$scratch/release/curriculum"

echo "generating the corpus ..." >&2
rm -rf "$corpus"
python3 benchmarks/generate_corpus.py "$corpus" "$corpus_curricula" "$corpus_exercises" >/dev/null

# --- measuring ----------------------------------------------------------------------------------
# best_of N CMD...: runs CMD N times; sets $seconds (best wall time), $peak_kb (largest RSS) and
# $status (a non-zero exit status of any run: findings for check and mdl, a failure for list/export).
best_of() {
  local n=$1; shift
  seconds=""; peak_kb=0; status=0
  for _ in $(seq "$n"); do
    local code=0 start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || code=$?
    end=$(date +%s%N)
    [ "$code" -ne 0 ] && status=$code
    wall=$(awk "BEGIN{printf \"%.3f\", ($end - $start) / 1e9}")
    rss=$(tail -1 "$out/time.txt")
    if [ -z "$seconds" ] || awk "BEGIN{exit !($wall < $seconds)}"; then seconds=$wall; fi
    [ "$rss" -gt "$peak_kb" ] && peak_kb=$rss
  done
  return 0
}
bytes_of() { find "$@" -name '*.md' -type f -print0 | xargs -0 cat | wc -c; }
files_of() { find "$@" -name '*.md' -type f | wc -l; }
rate() { awk "BEGIN{printf \"%.1f\", $1 / $2}"; }
mb() { awk "BEGIN{printf \"%.2f\", $1 / 1000000}"; }
ratio() { awk "BEGIN{printf \"%.2f\", $1 / $2}"; }

rows=()
row() { rows+=("$(printf '| %s | %s | %s | %s | %s | %s | %s |' "$@")"); printf '%-24s %-36s %8s s %8s MB/s %9s files/s %7s MB  %s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7"; }

measure_set() {
  local name=$1; shift
  local paths=("$@")
  local bytes files mbytes
  bytes=$(bytes_of "${paths[@]}"); files=$(files_of "${paths[@]}"); mbytes=$(mb "$bytes")
  echo "== $name: $files files, $mbytes MB" >&2
  mapfile -t md_files < <(find "${paths[@]}" -name '*.md' -type f | sort)

  best_of "$runs" "$bin" check --quiet "${paths[@]}"
  local ours=$seconds ours_rss=$peak_kb
  row "$name" "curriculum check" "$ours" "$(rate "$mbytes" "$ours")" "$(rate "$files" "$ours")" "$(awk "BEGIN{printf \"%.1f\", $ours_rss/1024}")" "1.00"

  best_of "$runs" cmark "${md_files[@]}"
  row "$name" "cmark (parse only)" "$seconds" "$(rate "$mbytes" "$seconds")" "$(rate "$files" "$seconds")" "$(awk "BEGIN{printf \"%.1f\", $peak_kb/1024}")" "$(ratio "$seconds" "$ours")"

  best_of 1 mdl "${paths[@]}"
  row "$name" "mdl (ruby-mdl)" "$seconds" "$(rate "$mbytes" "$seconds")" "$(rate "$files" "$seconds")" "$(awk "BEGIN{printf \"%.1f\", $peak_kb/1024}")" "$(ratio "$seconds" "$ours")"

  best_of "$runs" "$bin" fmt --check "${paths[@]}"
  row "$name" "curriculum fmt --check" "$seconds" "$(rate "$mbytes" "$seconds")" "$(rate "$files" "$seconds")" "$(awk "BEGIN{printf \"%.1f\", $peak_kb/1024}")" "$(ratio "$seconds" "$ours")"

  # list and export work on one curriculum at a time: every curriculum of the set, one after another.
  local folders=()
  for p in "${paths[@]}"; do
    if [ -f "$p/curriculum.md" ]; then folders+=("$p"); else for f in "$p"/*/; do [ -f "$f/curriculum.md" ] && folders+=("${f%/}"); done; fi
  done
  printf '%s\n' "${folders[@]}" > "$out/folders.txt"
  best_of "$runs" sh -c 'while read -r f; do "$0" list "$f" || exit 1; done < "$1"' "$bin" "$out/folders.txt"
  [ "$status" -ne 0 ] && { echo "list failed: $(head -c 300 "$out/stderr.txt")" >&2; exit 1; }
  row "$name" "curriculum list (${#folders[@]} curricula)" "$seconds" "$(rate "$mbytes" "$seconds")" "$(rate "$files" "$seconds")" "$(awk "BEGIN{printf \"%.1f\", $peak_kb/1024}")" "$(ratio "$seconds" "$ours")"

  if "$bin" help export >/dev/null 2>&1; then
    best_of "$runs" sh -c 'while read -r f; do "$0" export --format html "$f" > "$2/export.html" || exit 1; done < "$1"' "$bin" "$out/folders.txt" "$out"
    if [ "$status" -eq 0 ] && [ -s "$out/export.html" ]; then
      row "$name" "curriculum export --format html" "$seconds" "$(rate "$mbytes" "$seconds")" "$(rate "$files" "$seconds")" "$(awk "BEGIN{printf \"%.1f\", $peak_kb/1024}")" "$(ratio "$seconds" "$ours")"
    else
      skipped+=("export --format html on $name: the command failed or wrote no HTML ($(head -c 200 "$out/stderr.txt"))")
    fi
    rm -f "$out/export.html"
  else
    skipped+=("export --format html on $name: this build has no 'export' command yet")
  fi
}

skipped=()
echo
printf '%-24s %-36s %10s %13s %17s %10s  %s\n' "files" "tool" "time" "throughput" "" "peak RSS" "time vs check"
measure_set "generated corpus" "$corpus"
measure_set "shipped IGMA curriculum" "$shipped"

# Cold start: the binary doing nothing but start up and print its version.
# Wall clock in milliseconds around a fresh process each time; the first run may find the binary
# out of the page cache.
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); awk "BEGIN{printf \"%.1f\", ($e - $s) / 1e6}"; }
first="$(ms "$bin" --version) ms"
rm -f "$out/start.txt"
for i in $(seq 20); do ms "$bin" --version >> "$out/start.txt"; echo >> "$out/start.txt"; done
median="$(sort -n "$out/start.txt" | awk 'NF {a[++n]=$1} END{print a[int((n+1)/2)]}') ms"
rm -f "$out/start.txt"
echo
echo "cold start (curriculum --version): first run ${first}, median of 20 ${median}"
for s in "${skipped[@]}"; do echo "skipped: $s"; done

# --- the targets of issue 4 (benchmarks/check.sh, same binary) ---------------------------------
echo
echo "targets (benchmarks/check.sh) ..." >&2
targets=$(CURRICULUM_BIN="$bin" CHECK_RUNS=$(( runs > 5 ? runs : 5 )) benchmarks/check.sh 2>/dev/null)
echo "$targets"

# --- RESULTS.md -----------------------------------------------------------------------------------
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
{
  echo "# Benchmark results"
  echo
  echo "Written by \`benchmarks/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') (commit ${BENCH_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)})."
  echo
  echo "Machine: $(nproc) CPUs ($cpu), $mem memory, $(uname -sr); load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Swift: $(swift --version 2>/dev/null | head -1). cmark $(cmark --version | head -1 | awk '{print $2}'), mdl $(mdl --version 2>/dev/null)."
  echo
  echo "Each time is the best of $runs runs (mdl: one run) of the whole set in one process, wall clock;"
  echo "peak RSS is the largest resident set over the runs. \"time vs check\" divides the tool's time by"
  echo "\`curriculum check\`'s on the same files (above 1: slower than check). cmark only parses"
  echo "CommonMark; mdl parses and lints; \`check\` parses, builds the model and runs every rule."
  echo "\`list\` and \`export\` run once per curriculum (a new process each), as a user would."
  echo "\`fmt --check\` formats every file; a file that would change is then re-parsed and compared with"
  echo "the original (the meaning check that guards every write), which is why it costs more on the"
  echo "generated corpus (not in canonical layout) than on the shipped curriculum (canonical)."
  echo
  echo "| files | tool | time (s) | MB/s | files/s | peak RSS (MB) | time vs check |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Cold start of the binary (\`curriculum --version\`): first run ${first}, median of 20 runs ${median}."
  if [ ${#skipped[@]} -gt 0 ]; then
    echo
    for s in "${skipped[@]}"; do echo "- Skipped: $s."; done
  fi
  echo
  echo "## Targets"
  echo
  echo "\`benchmarks/check.sh\` (100 copies of the shipped curriculum, and 200 generated curricula of 100 exercises;"
  echo "cmark as one process over the files check reads; medians of wall and CPU), with the binary measured above:"
  echo
  echo '```'
  echo "$targets"
  echo '```'
  echo
  echo "The generated corpus: \`benchmarks/generate_corpus.py $corpus_curricula $corpus_exercises\` ($corpus_curricula curricula of"
  echo "$corpus_exercises exercises, prose recombined from the shipped curriculum, seeded: every run measures the same files;"
  echo "the generator is shared with \`benchmarks/check.sh\`)."
} > benchmarks/RESULTS.md
echo
echo "written: benchmarks/RESULTS.md"
