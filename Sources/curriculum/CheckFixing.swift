import CurriculumKit

/// `check --fix [--dry-run]`: applies the safe fixes (the one right answer: a misspelt label, an
/// annex number with a single candidate the exercise does not cite yet) before checking, and says
/// what it changed. Each file is written atomically through `FileSystem.write`.
enum CheckFixing {
    /// Applies (or with `dryRun` only shows) the safe fixes under `paths`; returns `false` when a
    /// file could not be written.
    static func run(paths: [String], dryRun: Bool, options: CheckOptions, console: Console) -> Bool {
        let fileSystem = LocalFileSystem()
        let fixes = FileFix.safeFixes(paths: paths, fileSystem: fileSystem, options: options)
        var succeeded = true
        for file in fixes {
            for fix in file.applied {
                guard let edit = fix.edits.first else { continue }
                let start = edit.range.start
                let old = file.original.line(start.line).unicodeScalars.dropFirst(start.column - 1).prefix(
                    max(edit.range.endColumn - start.column, 0))
                let verb = LocalizedText(
                    en: dryRun ? "would fix" : "fixed", nl: dryRun ? "te herstellen" : "hersteld")[console.language]
                console.err(
                    "\(console.displayPath(start.file)):\(start.line):\(start.column): \(verb) "
                        + "[\(fix.diagnostic.code.id)] '\(String(String.UnicodeScalarView(old)))' → '\(edit.newText)'\n"
                )
            }
            if dryRun {
                let old = String(decoding: file.original.bytes, as: UTF8.self)
                let diff = UnifiedDiff(
                    old: old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                    new: file.fixed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                console.out(
                    diff.rendered(
                        oldName: "a/" + console.displayPath(file.path), newName: "b/" + console.displayPath(file.path)))
                continue
            }
            if case .failure(let error) = fileSystem.write(Array(file.fixed.utf8), to: file.path, overwrite: .inPlace) {
                console.report([error.diagnostic(path: file.path)], sources: [:])
                succeeded = false
            }
        }
        let count = fixes.reduce(0) { $0 + $1.applied.count }
        let files = fixes.count
        if count > 0 || dryRun {
            console.err(summary(fixes: count, files: files, dryRun: dryRun)[console.language] + "\n")
        }
        return succeeded
    }

    /// `fixed 2 findings in 2 files` / `2 bevindingen in 2 bestanden hersteld`.
    static func summary(fixes: Int, files: Int, dryRun: Bool) -> LocalizedText {
        let findings = LocalizedText(
            en: "\(fixes) finding\(fixes == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")",
            nl:
                "\(fixes) \(fixes == 1 ? "bevinding" : "bevindingen") in \(files) \(files == 1 ? "bestand" : "bestanden")"
        )
        return dryRun
            ? LocalizedText(
                en: "would fix " + findings.english, nl: findings.dutch + " te herstellen (nog niets gewijzigd)")
            : LocalizedText(en: "fixed " + findings.english, nl: findings.dutch + " hersteld")
    }
}
