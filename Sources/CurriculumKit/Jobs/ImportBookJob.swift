/// `import book`: reads a course book, imports it, and writes the curriculum folder atomically.
public struct ImportBookJob: Sendable {
    public var fileSystem: any FileSystem
    /// Books larger than this are refused: no course book as text comes near it.
    public var maximumBookSize = 64 * 1_048_576

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Reads, imports and writes; on any failure nothing is written.
    public mutating func run(_ request: ImportBookRequest) -> ImportBookResult {
        var result = ImportBookResult()
        if fileSystem.exists(request.output), !request.force {
            result.diagnostics = [.importOutputExists(request.output)]
            return result
        }
        let bytes: [UInt8]
        switch fileSystem.read(request.book, limit: maximumBookSize) {
        case .failure(let error):
            result.diagnostics = [error.diagnostic(path: request.book, listedAt: nil)]
            return result
        case .success(let read): bytes = read
        }
        let outcome: BookImporter.Outcome
        switch BookImporter.importBook(bytes, path: request.book, language: request.language) {
        case .failure(let diagnostic):
            result.diagnostics = [diagnostic]
            return result
        case .success(let imported): outcome = imported
        }
        var files: [String: [UInt8]] = [:]
        for file in outcome.files { files[file.name] = Array(file.text.utf8) }
        switch fileSystem.writeFolder(files, to: request.output, overwrite: request.force ? .allowed : .never) {
        case .failure(.exists):
            result.diagnostics = [.importOutputExists(request.output)]
        case .failure(.cannotWrite(let reason)):
            result.diagnostics = [.importUnwritable(request.output, reason: reason)]
        case .success:
            result.folder = request.output
            result.files = outcome.files.map(\.name)
            result.exerciseCount = outcome.exerciseIDs.count
            result.doubtCount = outcome.notes.filter { $0.kind == .doubt }.count
            result.repairCount = outcome.notes.filter { $0.kind == .repair }.count
        }
        return result
    }
}

extension Diagnostic {
    fileprivate static func importOutputExists(_ folder: String) -> Diagnostic {
        Diagnostic(
            .outputExists, en: "'\(folder)' already exists; import book replaces it only with --force",
            nl: "'\(folder)' bestaat al; import book vervangt die map alleen met --force", at: nil,
            hint: FixHint(
                en: "give a new folder with --output, or add --force to replace this one",
                nl: "geef een nieuwe map met --output, of voeg --force toe om deze te vervangen"))
    }

    fileprivate static func importUnwritable(_ folder: String, reason: String) -> Diagnostic {
        Diagnostic(
            .unwritableOutput, en: "cannot write '\(folder)': \(reason); nothing was changed",
            nl: "'\(folder)' kan niet geschreven worden: \(reason); er is niets veranderd", at: nil,
            hint: FixHint(
                en: "check that the parent folder exists and is writable",
                nl: "kijk of de map erboven bestaat en schrijfbaar is"))
    }
}
