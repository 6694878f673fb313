# How the released binary is built, in one place: scripts/release.sh builds the tarball with these
# flags and benchmarks/check.sh measures a binary built with them. Sourced; sets `release_flags`.
#
# On Linux the binary is a static executable (`-static-executable`, with the Swift standard
# library, FoundationEssentials, glibc and libstdc++ inside it): it needs no Swift runtime and no
# particular glibc, and it starts without the dynamic loader. Against the same code linked with
# `--static-swift-stdlib` alone, `--version` takes 1.0 ms instead of 2.3 ms, and `check` of 100
# copies of the shipped curriculum 145 ms instead of 149 ms (docs/performance.md). On macOS the
# Swift runtime is part of the system, so nothing is linked in.
#
# `-disable-concrete-type-metadata-mangled-name-accessors` has the compiler fetch the metadata of a
# generic type such as `[String: FieldKind]` through its accessor, with the conformances it needs
# passed in, instead of decoding the type's mangled name on first use, which looks each
# conformance up in every conformance record of the binary (4,400 of them, about 80,000
# instructions a lookup). Checking one copy of the shipped curriculum took 28.4 M instructions
# instead of 31.5 M; the work per copy is unchanged (docs/performance.md).
release_flags=(-c release --product curriculum)
if [ "$(uname -s)" = Linux ]; then release_flags+=(--static-swift-stdlib -Xswiftc -static-executable); fi
release_flags+=(-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors)
