#!/usr/bin/env bash
# Builds the release tarball: scripts/release.sh OUTDIR
#
# Writes OUTDIR/curriculum-VERSION-OS-ARCH.tar.gz holding one folder of that name with the binary
# (`curriculum`), shell completions (completions/curriculum.bash, _curriculum, curriculum.fish), the
# man page (man/curriculum.1), README.md and LICENSE (when the repository has one). On Linux the
# binary is a static executable (scripts/release-flags.sh), so it runs without a Swift toolchain,
# a Swift runtime or any shared library (docs/install.md; Tests/curriculumTests/ReleaseTests.swift
# checks it with ldd and an empty environment). On macOS the Swift runtime is part of the system.
# The build goes to .build-release (CURRICULUM_RELEASE_SCRATCH to change it), apart from .build.
set -euo pipefail
out="${1:?usage: scripts/release.sh OUTDIR}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cd "$(dirname "$0")/.."

scratch="${CURRICULUM_RELEASE_SCRATCH:-.build-release}"
source scripts/release-flags.sh
flags=("${release_flags[@]}" --scratch-path "$scratch")
swift build "${flags[@]}" >&2
bin="$(swift build "${flags[@]}" --show-bin-path)/curriculum"

version="$("$bin" --version)"
os="$(uname -s | tr '[:upper:]' '[:lower:]')"
name="curriculum-$version-$os-$(uname -m)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
top="$stage/$name"
mkdir -p "$top/completions" "$top/man"
cp "$bin" "$top/curriculum"
strip "$top/curriculum" 2>/dev/null || true
"$bin" completions bash > "$top/completions/curriculum.bash"
"$bin" completions zsh > "$top/completions/_curriculum"
"$bin" completions fish > "$top/completions/curriculum.fish"
"$bin" help --man > "$top/man/curriculum.1"
cp README.md "$top/"
# The documentation the binary points to: the language server links each finding to its section
# of docs/rules.md beside the binary.
mkdir -p "$top/docs"
cp docs/*.md "$top/docs/"
if [ -f LICENSE ]; then cp LICENSE "$top/"; fi
tar -czf "$out/$name.tar.gz" -C "$stage" "$name"
echo "$out/$name.tar.gz"
