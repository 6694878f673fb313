import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `curriculum fmt`: rewrites curriculum files in their canonical layout, losing nothing.
enum FmtCommand: Subcommand {
    static let spec = CommandSpec(
        name: "fmt",
        abstract: "Rewrite curriculum files in their canonical layout (labels, durations, lists, blank lines).",
        discussion: """
              Formats a curriculum's manifest, module files, annex catalogue and plans (*.plan.md, in the
              folder or its plans/ subfolder), or the files named. Rewrites only what the format
              recognises: label spelling in the curriculum's language,
              duration notation (ambiguous or unreadable durations stay as written), list bullets,
              heading spacing, annex-reference spelling and blank lines. Every word, comment and unknown
              line is kept, and each file's meaning is checked to be unchanged before it is written
              (atomically). Files already in canonical layout are not touched. With --check nothing is
              written: the files that would change are listed and the exit status is 1 if there are any.
              With --diff nothing is written either: the changes are shown as a unified diff.
            """,
        arguments: [
            ArgumentSpec(
                name: "paths", help: "Curriculum folders or files (default: ./curriculum).", isRepeatable: true,
                completion: .file)
        ],
        options: [
            OptionSpec(
                long: "check", help: "Write nothing; list the files that would change and exit 1 if there are any."),
            OptionSpec(long: "diff", help: "Write nothing; show the changes as a unified diff."),
        ],
        examples: [
            "curriculum fmt curriculum/igma-femina",
            "curriculum fmt --check",
            "curriculum fmt --diff curriculum/igma-femina/module-1.md",
        ]
    )

    /// One file to format and how to read it.
    struct Target {
        var path: String
        var role: FileRole
        /// The curriculum's language, or `nil` to take it from the file's own labels.
        var language: Language?
        /// The manifest's `Notatie`: whether labels and durations keep their spelling.
        var notation: Notation = .canonical
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let check = arguments.flag("check")
        let showDiff = arguments.flag("diff")
        let renderer = HumanRenderer(useColor: console.useColor(onDescriptor: 2))
        guard let targets = targets(Inputs.paths(arguments, console: console), console: console) else {
            return ExitStatus.usage
        }
        let fileSystem = LocalFileSystem()
        let loader = CurriculumLoader(fileSystem: fileSystem)
        var changed = 0
        var unchanged = 0
        var unreadable = false
        var refused = false
        for target in targets {
            let bytes: [UInt8]
            switch fileSystem.read(target.path, limit: loader.maximumFileSize) {
            case .failure(let error):
                console.err(renderer.render(error.diagnostic(path: target.path)) { _ in nil })
                unreadable = true
                continue
            case .success(let read): bytes = read
            }
            let source: SourceText
            switch SourceText.decode(bytes, path: target.path) {
            case .failure(let failure):
                console.err(renderer.render(failure.diagnostic(path: target.path)) { _ in nil })
                unreadable = true
                continue
            case .success(let decoded): source = decoded
            }
            let formatter = Formatter(
                language: target.language ?? Formatter.language(of: source), notation: target.notation)
            let text: String
            switch formatter.formatChecked(source, role: target.role) {
            case .meaningWouldChange(let diagnostic):
                console.err(renderer.render(diagnostic) { $0 == target.path ? source : nil })
                refused = true
                continue
            case .formatted(let formatted): text = formatted
            }
            let output = Array(text.utf8)
            if output == bytes {
                unchanged += 1
                continue
            }
            changed += 1
            if showDiff {
                let old = (0..<source.lineCount).map { source.line($0 + 1) }
                var new = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if new.last == "" { new.removeLast() }
                let diff = UnifiedDiff(old: old, new: new)
                if diff.isEmpty {
                    console.out(
                        "--- \(target.path)\n+++ \(target.path) (formatted)\n(only line ends, the byte-order mark or the final newline change)\n"
                    )
                } else {
                    console.out(diff.rendered(oldName: target.path, newName: "\(target.path) (formatted)"))
                }
            }
            if check {
                if !showDiff { console.out(target.path + "\n") }
                continue
            }
            if showDiff { continue }
            if case .failure(let failure) = fileSystem.write(output, to: target.path, overwrite: .inPlace) {
                console.err(renderer.render(failure.diagnostic(path: target.path)) { _ in nil })
                unreadable = true
                continue
            }
            console.out(target.path + "\n")
        }
        let total = targets.count
        let verb = (check || showDiff) ? "would be reformatted" : "reformatted"
        console.err(
            "\(changed) of \(total) file\(total == 1 ? "" : "s") \(verb), \(unchanged) already formatted\(total > changed + unchanged ? ", \(total - changed - unchanged) left alone (see above)" : "")\n"
        )
        if unreadable { return ExitStatus.usage }
        if refused || (check && changed > 0) { return ExitStatus.failure }
        return ExitStatus.success
    }

    /// The files the paths name: each curriculum folder's manifest, listed modules, catalogue and
    /// plans (`*.plan.md`, also in `plans/`), or single files. `nil` (after printing why) when a path names nothing to format.
    static func targets(_ paths: [String], console: Console) -> [Target]? {
        let fileSystem = LocalFileSystem()
        let loader = CurriculumLoader(fileSystem: fileSystem)
        var targets: [Target] = []
        var seen: Set<String> = []
        func add(_ target: Target) {
            if seen.insert(fileSystem.canonicalPath(target.path) ?? target.path).inserted { targets.append(target) }
        }
        for path in paths {
            switch fileSystem.kind(of: path) {
            case .directory:
                let folders = loader.curriculumFolders(in: path)
                if folders.isEmpty {
                    console.err(
                        "error: no curriculum.md in '\(path)' or in a folder directly below it\n  = help: give a curriculum folder, or module files; the default is ./curriculum\n"
                    )
                    return nil
                }
                for folder in folders {
                    let result = loader.load(folder: folder)
                    let language = result.curriculum?.language
                    let notation = result.curriculum?.manifest.notation ?? .canonical
                    let catalogue = result.curriculum?.manifest.annexFile ?? "annexes.md"
                    // Every file the loader looked at, unreadable ones too: reading reports why.
                    for file in result.files {
                        let name = String(file.dropFirst(folder.count).drop { $0 == "/" })
                        add(
                            Target(
                                path: file, role: FileRole.of(fileName: name, catalogueName: catalogue),
                                language: language, notation: notation))
                    }
                    // Plans kept with the curriculum: `*.plan.md` in the folder or in its `plans/`.
                    for planFolder in [folder, fileSystem.join(folder, "plans")] {
                        guard case .success(let names) = fileSystem.entries(of: planFolder) else { continue }
                        for name in names where name.hasSuffix(PlanParser.fileSuffix) && !name.hasPrefix(".") {
                            add(
                                Target(
                                    path: fileSystem.join(planFolder, name), role: .plan, language: language,
                                    notation: notation))
                        }
                    }
                }
            case .missing:
                console.err(
                    "error: '\(path)' does not exist\n  = help: give a curriculum folder or a curriculum file; the default is ./curriculum\n"
                )
                return nil
            default:
                // A single file: its folder's manifest, if there is one, gives the language and the
                // catalogue's name.
                let slash = path.lastIndex(of: "/")
                let folder = slash.map { String(path[..<$0]) } ?? "."
                let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
                var language: Language?
                var notation = Notation.canonical
                var catalogue = "annexes.md"
                if case .success(let manifestSource) = loader.source(
                    at: fileSystem.join(folder, CurriculumLoader.manifestName)),
                    let manifest = ManifestParser.parse(manifestSource).manifest
                {
                    language = manifest.language
                    notation = manifest.notation
                    catalogue = manifest.annexFile
                }
                add(
                    Target(
                        path: path, role: FileRole.of(fileName: name, catalogueName: catalogue), language: language,
                        notation: notation))
            }
        }
        return targets
    }
}
