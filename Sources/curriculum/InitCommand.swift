import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `curriculum init`: a new curriculum folder that passes `check` and `fmt --check` at once.
enum InitCommand: Subcommand {
    static let language = OptionSpec(
        long: "language", valueName: "code", help: "Language of labels and example text.", choices: ["nl", "en"],
        defaultValue: "nl")
    static let title = OptionSpec(
        long: "title", valueName: "title",
        help: "The curriculum's title (default: 'Nieuw curriculum' / 'New curriculum').")

    static let spec = CommandSpec(
        name: "init",
        abstract: "Create a new curriculum: manifest, one module with an example exercise, annex catalogue, README.",
        discussion: """
              Writes a small curriculum that shows every part of the format (a module with a topic, a
              level and one example exercise with an annex, the annex catalogue and a README explaining
              the layout). It passes 'curriculum check' and 'curriculum fmt --check' as written. The
              folder is created if needed; a folder that already holds files is refused, so nothing is
              ever overwritten.
            """,
        arguments: [
            ArgumentSpec(
                name: "dir", help: "The folder to create the curriculum in (new or empty).", isOptional: false,
                completion: .directory)
        ],
        options: [language, title],
        examples: [
            "curriculum init curriculum/my-course",
            "curriculum init --language en --title 'Career coaching' curriculum/career-coaching",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        guard let directory = arguments.positionals.first, arguments.positionals.count == 1 else {
            console.err(
                HelpRenderer.error(
                    UsageError(
                        arguments.positionals.isEmpty
                            ? "Missing expected argument '<dir>'"
                            : "Give one folder, not \(arguments.positionals.count)", path: arguments.path),
                    root: CommandTable.root))
            return ExitStatus.usage
        }
        let template = CurriculumTemplate(
            title: arguments.value(title), language: Language(code: arguments.value(language) ?? "nl") ?? .dutch)
        let manager = FileManager.default
        // What is in the way, if anything: a file, or a folder that is not empty.
        let obstacle: String?
        let fileSystem = LocalFileSystem()
        switch fileSystem.kind(of: directory) {
        case .missing, .unreadable:
            obstacle = nil  // creating it reports why it cannot be made
        case .directory:
            let entries = (try? fileSystem.entries(of: directory).get()) ?? ["?"]
            obstacle =
                entries.isEmpty
                ? nil
                : "holds \(entries.count) entr\(entries.count == 1 ? "y" : "ies") (\(entries.prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : ""))"
        case .linkLoop:
            obstacle = "is a symbolic link that leads back to itself"
        default:
            obstacle = "is a file, not a folder"
        }
        if let obstacle {
            console.report([.folderInTheWay(directory, obstacle: obstacle)])
            return ExitStatus.failure
        }
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            console.report([.cannotCreate(directory, reason: ErrorReason.of(error))])
            return ExitStatus.failure
        }
        for file in template.files {
            let path = directory.hasSuffix("/") ? directory + file.name : directory + "/" + file.name
            if case .failure(let failure) = fileSystem.write(Array(file.text.utf8), to: path, overwrite: .never) {
                console.report([failure.diagnostic(path: path, alternative: "give a new or empty folder")])
                return ExitStatus.failure
            }
            console.out("created \(path)\n")
        }
        console.err("next: curriculum check \(directory)\n")
        return ExitStatus.success
    }
}

extension Diagnostic {
    fileprivate static func folderInTheWay(_ folder: String, obstacle: String) -> Diagnostic {
        Diagnostic(
            .initTargetNotEmpty, "'\(folder)' \(obstacle); init only writes into a new or empty folder", at: nil,
            hint: FixHint("give a new folder name, for example '\(folder)-new'"))
    }

    fileprivate static func cannotCreate(_ folder: String, reason: String) -> Diagnostic {
        Diagnostic(
            .unwritableOutput, "cannot create '\(folder)': \(reason)", at: nil,
            hint: FixHint("check that the parent folder exists and is writable"))
    }
}
