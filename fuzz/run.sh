#!/usr/bin/env bash
# Builds the libFuzzer target (fuzz/FuzzTarget.swift) over the library's sources and fuzzes it for
# N seconds: every parser, fmt's promises, the rules on a small curriculum made of the input, the
# input as a plan laid out, the renderers of findings, schedules, handouts and the booklet, and a
# time budget per input that fails on super-linear behaviour. Inputs may grow to 1 MB.
#
#   fuzz/run.sh [SECONDS]      (default 60)
#
# The seed corpus is made from every Markdown file under Tests/Fixtures and curriculum/. A crash
# (or sanitizer finding) stops the run, leaves the input in fuzz/artifacts/ and exits non-zero:
# fix it, then keep the input as a regression fixture under Tests/Fixtures/bad-input/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
work="${FUZZ_WORK:-.build-fuzz}"
mkdir -p "$work/corpus" fuzz/artifacts

echo "fuzz: building (swiftc -sanitize=fuzzer,address) ..."
mapfile -t sources < <(find Sources/CurriculumKit -name '*.swift' | sort)
if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name CurriculumKit \
  "${sources[@]}" fuzz/FuzzTarget.swift -o "$work/fuzz-target" >"$work/build.log" 2>&1; then
  grep -v 'Cannot export local symbol' "$work/build.log" >&2
  echo "fuzz: the target did not build" >&2
  exit 1
fi

# Seed corpus: fixtures and the shipped curricula, plus the regression inputs. Large files are cut
# into pieces of about 3 KB at line ends: small inputs make many more runs per second.
find Tests/Fixtures curriculum -type f \( -name '*.md' -o -name '*.txt' \) -size -256k -print0 |
  while IFS= read -r -d '' file; do
    name="$work/corpus/$(echo "$file" | tr '/' '_')"
    if [ "$(wc -c < "$file")" -le 4096 ]; then cp "$file" "$name"; else split -C 3000 -d -a 3 "$file" "$name."; fi
  done
seeds=$(ls "$work/corpus" | wc -l)
echo "fuzz: $seeds seed files; fuzzing for ${seconds}s"

status=0
# The Swift runtime's backtracer trips the address sanitizer; libFuzzer prints the stack itself.
export SWIFT_BACKTRACE=enable=no
"$work/fuzz-target" "$work/corpus" -max_total_time="$seconds" -max_len=1048576 -timeout=20 -rss_limit_mb=2048 \
  -artifact_prefix=fuzz/artifacts/ -print_final_stats=1 >"$work/fuzz.log" 2>&1 || status=$?
grep -E '^(#[0-9]+.*DONE|==[0-9]+==|SUMMARY|stat::number_of_executed_units|stat::peak_rss_mb|Test unit written)|Fatal error' "$work/fuzz.log" || true
if [ "$status" -ne 0 ]; then
  # CI keeps only what is printed: the crash's first frames and the input itself, so that the
  # finding can be reproduced without the runner's files.
  grep -E '^ +#[0-9]+ ' "$work/fuzz.log" | head -n 24 >&2 || true
  artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$work/fuzz.log" | tail -n 1)
  if [ -n "$artifact" ] && [ -f "$artifact" ]; then
    size=$(wc -c < "$artifact")
    echo "fuzz: the input ($size bytes), base64:" >&2
    if [ "$size" -le 65536 ]; then base64 -w 100 "$artifact" >&2; else head -c 4096 "$artifact" | base64 -w 100 >&2; echo "(first 4096 bytes only)" >&2; fi
  fi
  echo "fuzz: FAILED (exit $status); the input is in fuzz/artifacts/, the log in $work/fuzz.log" >&2
  exit 1
fi
echo "fuzz: no crash in ${seconds}s"
