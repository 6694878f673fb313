/// `init`: writes the template curriculum into a new or empty folder, and never into anything else.
public struct InitJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Creates the folder if needed and writes each template file, refusing a folder that holds
    /// anything: a user's files are never mixed with, or replaced by, the template's.
    public mutating func run(_ request: InitRequest) -> InitResult {
        var result = InitResult()
        if let obstacle = obstacle(at: request.folder) {
            result.diagnostics = [.folderInTheWay(request.folder, obstacle: obstacle)]
            return result
        }
        if case .failure(let failure) = fileSystem.createFolder(request.folder) {
            result.diagnostics = [.cannotCreate(request.folder, failure: failure)]
            return result
        }
        let template = CurriculumTemplate(title: request.title, language: request.language)
        for file in template.files {
            let path = fileSystem.join(request.folder, file.name)
            if case .failure(let failure) = fileSystem.write(Array(file.text.utf8), to: path, overwrite: .never) {
                result.diagnostics = [failure.diagnostic(path: path, alternative: .newFolder)]
                return result
            }
            result.created.append(path)
        }
        return result
    }

    /// What is in the way, in words, if anything: a file, or a folder that is not empty.
    private func obstacle(at folder: String) -> LocalizedText? {
        switch fileSystem.kind(of: folder) {
        case .missing, .unreadable:
            return nil  // creating it reports why it cannot be made
        case .directory:
            let entries = (try? fileSystem.entries(of: folder).get()) ?? ["?"]
            guard !entries.isEmpty else { return nil }
            let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
            return LocalizedText(
                en: "holds \(entries.count) entr\(entries.count == 1 ? "y" : "ies") (\(shown))",
                nl: "bevat \(entries.count) \(entries.count == 1 ? "item" : "items") (\(shown))")
        case .linkLoop:
            return LocalizedText(
                en: "is a symbolic link that leads back to itself",
                nl: "is een symbolische link die naar zichzelf terugleidt")
        case .file, .other:
            return LocalizedText(en: "is a file, not a folder", nl: "is een bestand, geen map")
        }
    }
}

extension Diagnostic {
    fileprivate static func folderInTheWay(_ folder: String, obstacle: LocalizedText) -> Diagnostic {
        Diagnostic(
            .initTargetNotEmpty,
            en: "'\(folder)' \(obstacle.english); init only writes into a new or empty folder",
            nl: "'\(folder)' \(obstacle.dutch); init schrijft alleen in een nieuwe of lege map", at: nil,
            hint: FixHint(
                en: "give a new folder name, for example '\(folder)-new'",
                nl: "geef een nieuwe mapnaam, bijvoorbeeld '\(folder)-nieuw'"))
    }

    fileprivate static func cannotCreate(_ folder: String, failure: FileWriteError) -> Diagnostic {
        let reason: String
        switch failure {
        case .exists: reason = "File exists"
        case .cannotWrite(let why): reason = why
        }
        return Diagnostic(
            .unwritableOutput, en: "cannot create '\(folder)': \(reason)",
            nl: "'\(folder)' kan niet gemaakt worden: \(reason)", at: nil,
            hint: FixHint(
                en: "check that the parent folder exists and is writable",
                nl: "kijk of de bovenliggende map bestaat en of je erin mag schrijven"))
    }
}
