import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `curriculum fmt`: rewrites curriculum files in their canonical layout, losing nothing.
enum FmtCommand: Subcommand {
    static let checkOption = OptionSpec(
        long: "check", help: "Write nothing; list the files that would change and exit 1 if there are any.")
    static let diffOption = OptionSpec(long: "diff", help: "Write nothing; show the changes as a unified diff.")

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
        options: [checkOption, diffOption],
        examples: [
            "curriculum fmt curriculum/igma-femina",
            "curriculum fmt --check",
            "curriculum fmt --diff curriculum/igma-femina/module-1.md",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let check = arguments.isSet(checkOption)
        let showDiff = arguments.isSet(diffOption)
        let renderer = HumanRenderer(useColor: console.useColor(onDescriptor: 2))
        let targets: [FormatTarget]
        switch FormatTargets.find(Inputs.paths(arguments, console: console)) {
        case .success(let found): targets = found
        case .failure(let diagnostic):
            console.report([diagnostic])
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
}
