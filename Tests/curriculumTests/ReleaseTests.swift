import Foundation
import Testing

/// scripts/release.sh: the tarball's name and contents, and a binary that needs no Swift runtime.
/// It takes a release build (about 90 s), so it runs only with CURRICULUM_RELEASE_TEST=1, which
/// `.ci/run` sets.
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["CURRICULUM_RELEASE_TEST"] == "1",
        "takes a release build: set CURRICULUM_RELEASE_TEST=1 (.ci/run does)"))
struct ReleaseTests {
    @Test(.enabled(if: ExternalTool.has("ldd"), "needs ldd"))
    func theTarballHoldsASelfContainedBinaryCompletionsManPageAndReadme() throws {
        let out = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let built = try ExternalTool.run([CLI.root.appendingPathComponent("scripts/release.sh").path, out.path])
        #expect(built.status == 0, "\(built.stderr)")
        let tarball = URL(fileURLWithPath: built.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        let name = tarball.lastPathComponent
        #expect(name.hasPrefix("curriculum-0.1.0-linux-") && name.hasSuffix(".tar.gz"))
        let folder = String(name.dropLast(".tar.gz".count))
        let listing = try ExternalTool.run(["tar", "-tzf", tarball.path])
        let entries = Set(listing.stdout.split(separator: "\n").map { String($0) })
        for file in [
            "curriculum", "completions/curriculum.bash", "completions/_curriculum", "completions/curriculum.fish",
            "man/curriculum.1", "README.md", "docs/rules.md", "docs/format.md",
        ] {
            #expect(entries.contains("\(folder)/\(file)"), "\(file) missing from \(entries.sorted())")
        }
        #expect(try ExternalTool.run(["tar", "-xzf", tarball.path, "-C", out.path]).status == 0)
        let binary = out.appendingPathComponent("\(folder)/curriculum").path
        // A static executable: no dynamic loader to name (PT_INTERP) and nothing to link at start
        // (PT_DYNAMIC), so it needs no Swift runtime and no particular glibc.
        let segments = try Self.programHeaderTypes(ofELF: binary)
        #expect(!segments.isEmpty && !segments.contains(3) && !segments.contains(2), "\(segments)")
        let libraries = try ExternalTool.run(["ldd", binary])
        #expect(libraries.status != 0, "\(libraries.stdout)")
        #expect((libraries.stdout + libraries.stderr).contains("not a dynamic executable"), "\(libraries.stdout)")
        let version = try ExternalTool.run(["env", "-i", binary, "--version"])
        #expect(version.status == 0 && version.stdout == "0.1.0\n", "\(version.stderr)")
        let check = try ExternalTool.run([
            "env", "-i", "sh", "-c", "cd \"$1\" && \"$2\" check --strict curriculum/igma-femina", "sh", CLI.root.path,
            binary,
        ])
        #expect(check.status == 0, "\(check.stderr)")
        let man = try String(contentsOf: out.appendingPathComponent("\(folder)/man/curriculum.1"), encoding: .utf8)
        #expect(man.hasPrefix(".TH") || man.contains("\n.TH "))
    }

    /// The `p_type` of every program header of a 64-bit little-endian ELF file.
    static func programHeaderTypes(ofELF path: String) throws -> [UInt32] {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let bytes = [UInt8](try handle.read(upToCount: 1 << 16) ?? Data())
        func number(at offset: Int, size: Int) -> Int {
            (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        guard bytes.count > 64, bytes[0..<4] == [0x7F, 0x45, 0x4C, 0x46], bytes[4] == 2, bytes[5] == 1 else {
            return []
        }
        let start = number(at: 0x20, size: 8)
        let size = number(at: 0x36, size: 2)
        let count = number(at: 0x38, size: 2)
        guard start + size * count <= bytes.count else { return [] }
        return (0..<count).map { UInt32(number(at: start + $0 * size, size: 4)) }
    }
}
