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
                result.diagnostics = [failure.diagnostic(path: path, alternative: "give a new or empty folder")]
                return result
            }
            result.created.append(path)
        }
        return result
    }

    /// What is in the way, in words, if anything: a file, or a folder that is not empty.
    private func obstacle(at folder: String) -> String? {
        switch fileSystem.kind(of: folder) {
        case .missing, .unreadable:
            return nil  // creating it reports why it cannot be made
        case .directory:
            let entries = (try? fileSystem.entries(of: folder).get()) ?? ["?"]
            guard !entries.isEmpty else { return nil }
            let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
            return "holds \(entries.count) entr\(entries.count == 1 ? "y" : "ies") (\(shown))"
        case .linkLoop:
            return "is a symbolic link that leads back to itself"
        case .file, .other:
            return "is a file, not a folder"
        }
    }
}

extension Diagnostic {
    fileprivate static func folderInTheWay(_ folder: String, obstacle: String) -> Diagnostic {
        Diagnostic(
            .initTargetNotEmpty, "'\(folder)' \(obstacle); init only writes into a new or empty folder", at: nil,
            hint: FixHint("give a new folder name, for example '\(folder)-new'"))
    }

    fileprivate static func cannotCreate(_ folder: String, failure: FileWriteError) -> Diagnostic {
        let reason: String
        switch failure {
        case .exists: reason = "File exists"
        case .cannotWrite(let why): reason = why
        }
        return Diagnostic(
            .unwritableOutput, "cannot create '\(folder)': \(reason)", at: nil,
            hint: FixHint("check that the parent folder exists and is writable"))
    }
}
