#!/usr/bin/env bash
# Compares what two `curriculum` binaries print and write for `fmt`, `fmt --check` and `fmt --diff`:
# standard output, standard error, exit status and every file written, byte for byte. Used to show
# that a speed change to fmt changes nothing a user sees (issue 17).
#
#   benchmarks/fmt_same_output.sh OLD_BINARY NEW_BINARY PATH...
#
# Each PATH (a curriculum folder, a folder of curricula, or a single file) is copied to the same
# scratch place for each binary, so the paths in the output are the same. A folder that holds no
# curriculum is taken file by file (every `*.md` below it). Prints one line per difference and a
# summary; exits 1 when anything differs.
set -uo pipefail
old=$1
new=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
differences=0
runs=0

run() { # binary target-dir label args...
  local binary=$1 target=$2 label=$3
  shift 3
  (cd "$work/run" && "$binary" fmt "$@" >"$target/$label.out" 2>"$target/$label.err"; echo $? >"$target/$label.rc")
}

compare_one() { # source (folder or file)
  local source=$1 name
  name=$(basename "$source")
  for side in old new; do
    local binary=$old
    [ $side = new ] && binary=$new
    rm -rf "$work/run" "$work/$side"
    mkdir -p "$work/run" "$work/$side"
    cp -r "$source" "$work/run/$name"
    run "$binary" "$work/$side" check --check "$name"
    run "$binary" "$work/$side" diff --diff "$name"
    run "$binary" "$work/$side" write "$name"
    cp -r "$work/run/$name" "$work/$side/written"
  done
  runs=$((runs + 1))
  if ! diff -r "$work/old" "$work/new" >"$work/report" 2>&1; then
    differences=$((differences + 1))
    echo "DIFFERENT: $source"
    head -20 "$work/report"
  fi
}

for path in "$@"; do
  if [ -f "$path" ] || [ -f "$path/curriculum.md" ] || ls "$path"/*/curriculum.md >/dev/null 2>&1; then
    compare_one "$path"
  fi
  if [ -d "$path" ] && [ ! -f "$path/curriculum.md" ]; then
    while IFS= read -r file; do compare_one "$file"; done < <(find "$path" -name '*.md' | sort)
  fi
done
echo "$runs comparisons, $differences different"
[ "$differences" -eq 0 ]
