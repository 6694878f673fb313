import Foundation
import Testing

/// docs/architecture.md is the map of the library's folders; these tests hold the code to it.
///
/// The map is a list of layers, top to bottom. A folder may use the folders of the layers below
/// its own and nothing else. The compiler is the judge: each folder is type-checked together with
/// only the folders below it, so any use of a type, function or extension from a folder above or
/// beside it fails to resolve. `ArchitectureTests.folderUsesOnlyTheLayersBelowIt` fails on a
/// planted violation (tried with a `PlanRequest` used in `Reporting`).
@Suite struct ArchitectureTests {
    static let library = Repository.root.appendingPathComponent("Sources/CurriculumKit")

    /// The layers of docs/architecture.md, bottom first; each a list of folder names.
    static let layers: [[String]] = {
        let map = Repository.root.appendingPathComponent("docs/architecture.md")
        guard let text = try? String(contentsOf: map, encoding: .utf8),
            let start = text.range(of: "<!-- layers: top to bottom -->"),
            let end = text.range(of: "<!-- end of layers -->", range: start.upperBound..<text.endIndex)
        else { return [] }
        return text[start.upperBound..<end.lowerBound].split(separator: "\n")
            .filter { !$0.hasPrefix("```") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { line in
                let names = line.components(separatedBy: "  ").first ?? ""
                return names.components(separatedBy: "·").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            .reversed()
    }()

    static var mappedFolders: [String] { layers.flatMap { $0 } }

    static func folders(in url: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(
                atPath: url.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
        .sorted()
    }

    static func swiftFiles(in folder: String) -> [String] {
        let root = library.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
            .map { root.appendingPathComponent($0).path }
    }

    @Test func theMapListsEveryLibraryFolderOnce() {
        #expect(Self.layers.count >= 5, "docs/architecture.md has no readable layer block")
        let mapped = Self.mappedFolders
        #expect(Set(mapped).count == mapped.count, "a folder stands twice in the map: \(mapped)")
        let existing = Self.folders(in: Self.library)
        #expect(Set(existing).subtracting(mapped).isEmpty, "folders missing from the map")
        #expect(Set(mapped).subtracting(existing).isEmpty, "the map names folders that do not exist")
        let loose =
            (try? FileManager.default.contentsOfDirectory(atPath: Self.library.path))?
            .filter { $0.hasSuffix(".swift") } ?? []
        #expect(loose.isEmpty, "files outside any layer folder: \(loose)")
    }

    @Test func testFoldersMirrorLibraryFolders() {
        let tests = Repository.root.appendingPathComponent("Tests/CurriculumKitTests")
        let support: Set<String> = ["Golden"]
        let unmatched = Set(Self.folders(in: tests)).subtracting(Self.mappedFolders).subtracting(support)
        #expect(unmatched.isEmpty, "test folders that mirror no library folder: \(unmatched.sorted())")
    }

    /// Each folder, type-checked with only the folders below it. The failure lists what the
    /// compiler could not find: the names the folder takes from above or beside itself.
    @Test(arguments: ArchitectureTests.mappedFolders)
    func folderUsesOnlyTheLayersBelowIt(_ folder: String) throws {
        guard let level = Self.layers.firstIndex(where: { $0.contains(folder) }) else { return }
        let own = Self.swiftFiles(in: folder)
        guard !own.isEmpty else { return }
        let below = Self.layers[..<level].flatMap { $0 }.flatMap { Self.swiftFiles(in: $0) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // One frontend job with the folder's files as primaries: their declarations and bodies are
        // type-checked in full, the files below only as far as the primaries need them.
        process.arguments =
            ["swiftc", "-frontend", "-typecheck", "-module-name", "LayerCheck"]
            + own.flatMap { ["-primary-file", $0] } + below
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let found = output.split(separator: "\n").filter { $0.contains(": error: ") && $0.hasPrefix("/") }
            .map { $0.replacingOccurrences(of: Self.library.path + "/", with: "") }
        #expect(
            process.terminationStatus == 0,
            "\(folder) uses something outside the layers below it:\n\(Set(found).sorted().prefix(20).joined(separator: "\n"))"
        )
    }
}
