/// The safe fixes of one file, applied: the text before and after, and what was changed.
public struct FileFix: Sendable {
    public var path: String
    public var original: SourceText
    public var fixed: String
    /// The fixes applied, in file order.
    public var applied: [QuickFix]

    /// Applies the safe fixes of every curriculum under `paths` (folders, curriculum folders or
    /// files in one: a file named alone is the only file of its curriculum fixed), one file at a
    /// time, through `fileSystem`; nothing is written here. Fixes whose ranges overlap an earlier
    /// one in the same file are left for the next run.
    public static func safeFixes(
        paths: [String], fileSystem: any FileSystem, options: CheckOptions = CheckOptions()
    ) -> [FileFix] {
        var workspace = EditorWorkspace(base: fileSystem, options: options)
        let loader = CurriculumLoader(fileSystem: fileSystem)
        var keys: [String] = []
        // A file given by name limits the fixes of its curriculum to the files named.
        var named: [String: Set<String>] = [:]
        var whole: Set<String> = []
        for path in paths {
            if case .directory = fileSystem.kind(of: path) {
                let folders = loader.curriculumFolders(in: path)
                keys += folders
                whole.formUnion(folders)
            } else {
                let key = workspace.curriculumFolder(containing: path) ?? path
                keys.append(key)
                named[key, default: []].insert(path)
            }
        }
        var seen: Set<String> = []
        var result: [FileFix] = []
        for key in keys where seen.insert(key).inserted {
            let snapshot = workspace.snapshot(key: key)
            let fixes = snapshot.safeFixes
            var byFile: [String: [QuickFix]] = [:]
            for fix in fixes {
                guard let file = fix.edits.first?.range.file, fix.edits.allSatisfy({ $0.range.file == file }) else {
                    continue
                }
                byFile[file, default: []].append(fix)
            }
            for (file, fixes) in byFile.sorted(by: { $0.key < $1.key })
            where whole.contains(key) || named[key]?.contains(file) ?? true {
                guard let source = snapshot.source(file) else { continue }
                var applied: [QuickFix] = []
                var taken: [SourceRange] = []
                let origin = SourceLocation(file: file, line: 0, column: 0)
                let ordered = fixes.sorted {
                    ($0.edits.first?.range.start ?? origin) < ($1.edits.first?.range.start ?? origin)
                }
                for fix in ordered
                where !fix.edits.contains(where: { edit in taken.contains { $0.overlaps(edit.range) } }) {
                    applied.append(fix)
                    taken += fix.edits.map(\.range)
                }
                let text = TextEdit.apply(applied.flatMap(\.edits), to: source)
                if !applied.isEmpty {
                    result.append(FileFix(path: file, original: source, fixed: text, applied: applied))
                }
            }
        }
        return result
    }
}

extension SourceRange {
    /// Whether two ranges in the same file share a character (or start at the same position).
    func overlaps(_ other: SourceRange) -> Bool {
        guard file == other.file else { return false }
        let end = SourceLocation(file: file, line: endLine, column: endColumn)
        let otherEnd = SourceLocation(file: file, line: other.endLine, column: other.endColumn)
        return start == other.start || (start < otherEnd && other.start < end)
    }
}

extension TextEdit {
    /// The source's text with the edits made (ranges in the source's lines and scalar columns; they
    /// must not overlap).
    public static func apply(_ edits: [TextEdit], to source: SourceText) -> String {
        var bytes = source.bytes
        let sorted = edits.sorted { $0.range.start > $1.range.start }
        for edit in sorted {
            let low = offset(of: edit.range.start.line, edit.range.start.column, in: source)
            let high = max(low, offset(of: edit.range.endLine, edit.range.endColumn, in: source))
            bytes.replaceSubrange(low..<high, with: Array(edit.newText.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The byte offset of a 1-based line and scalar column (clamped to the line's content; a line
    /// past the end means the end of the file).
    static func offset(of line: Int, _ column: Int, in source: SourceText) -> Int {
        guard line >= 1 else { return 0 }
        guard line <= source.lineCount else { return source.bytes.count }
        var index = source.lineStarts[line - 1]
        let end = source.lineEnds[line - 1]
        var remaining = column - 1
        while remaining > 0, index < end {
            index += 1
            while index < end, source.bytes[index] & 0xC0 == 0x80 { index += 1 }
            remaining -= 1
        }
        return index
    }
}
