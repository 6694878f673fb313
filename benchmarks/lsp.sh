#!/usr/bin/env bash
# Measures `curriculum lsp` with a plain client (benchmarks/lsp_client.py): one keystroke in the
# largest shipped module re-diagnosed (didChange → publishDiagnostics, p50 and p99 of 200 edits;
# targets p50 ≤ 5 ms, p99 ≤ 20 ms), and the memory of 100 generated curricula open at once (target
# < 200 MB). Not run by CI (timings belong in a benchmark, not in tests).
#
#   benchmarks/lsp.sh [EDITS]        (default 200)
#
# Environment: CURRICULUM_BIN=path measures that binary instead of building one in release mode
# (with its own scratch path, .build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
edits=${1:-200}
if [ -n "${CURRICULUM_BIN:-}" ]; then
  tool=$CURRICULUM_BIN
else
  echo "building release (.build-bench)" >&2
  swift build -c release --scratch-path .build-bench --product curriculum >&2
  tool=.build-bench/release/curriculum
fi
largest=$(ls -S curriculum/igma-femina/module-*.md | head -1)
python3 benchmarks/lsp_client.py "$tool" keystrokes "$largest" "$edits"
corpus=/tmp/curriculum-bench-corpus-100-100
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  python3 benchmarks/generate_corpus.py "$corpus" 100 100 >&2
  touch "$corpus/.complete"
fi
python3 benchmarks/lsp_client.py "$tool" memory "$corpus"
