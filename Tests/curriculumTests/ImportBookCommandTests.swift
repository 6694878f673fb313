import Foundation
import Testing

/// `curriculum import book` end to end: exit statuses, what is written, and what is not.
@Suite struct ImportBookCommandTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("import-book-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func importsABookAndTheResultPassesCheck() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("course").path
        let book = CLI.fixtures.appendingPathComponent("books/english-handouts.txt").path
        let result = try CLI.run(["import", "book", book, "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("imported 4 exercises into \(output)"))
        let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(files == ["IMPORT.md", "annexes.md", "curriculum.md", "module-1.md"])
        let check = try CLI.run(["check", output])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let again = try CLI.run(["import", "book", book, "--output", output])
        #expect(again.status == 1)
        #expect(again.stderr.contains("CUR804"))
        let forced = try CLI.run(["import", "book", book, "--output", output, "--force", "--language", "nl"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let module = try String(contentsOfFile: output + "/module-1.md", encoding: .utf8)
        #expect(module.contains("Leerdoelen:"))
    }

    @Test(arguments: [("empty.txt", "CUR970"), ("no-exercises.txt", "CUR971")])
    func aBadBookExitsTwoAndWritesNothing(_ name: String, _ code: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("course").path
        let book = CLI.fixtures.appendingPathComponent("books/\(name)").path
        let result = try CLI.run(["import", "book", book, "--output", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains(code))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func withoutOutputItIsAUsageError() throws {
        let result = try CLI.run(["import", "book", "book.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--output"))
    }
}
