extension LanguageServer {
    /// Notifications: text sync, watched files, workspace folders; anything else is ignored, as
    /// the spec asks of unknown notifications.
    mutating func notification(_ method: String, _ params: JSONValue) -> [JSONValue] {
        switch method {
        case "initialized":
            guard registersWatchers else { return [] }
            let watchers: JSONValue = [["globPattern": "**/*.md"]]
            let registration: JSONValue = [
                "registrations": [
                    [
                        "id": "curriculum-watch", "method": "workspace/didChangeWatchedFiles",
                        "registerOptions": ["watchers": watchers],
                    ]
                ]
            ]
            return [requestMessage("client/registerCapability", registration)]
        case "textDocument/didOpen":
            guard let uri = params["textDocument"]?["uri"]?.string, let path = DocumentURI.path(uri),
                let text = params["textDocument"]?["text"]?.string
            else { return [] }
            let document = TextDocument(text: text, version: params["textDocument"]?["version"]?.int ?? 0)
            documents[path] = document
            workspace.setBuffer(path, bytes: document.bytes)
            markDirty(path)
        case "textDocument/didChange":
            guard let uri = params["textDocument"]?["uri"]?.string, let path = DocumentURI.path(uri),
                var document = documents[path], let changes = params["contentChanges"]?.array
            else { return [] }
            for change in changes {
                guard let text = change["text"]?.string else { continue }
                if let range = change["range"], let start = LSPPosition(range["start"]),
                    let end = LSPPosition(range["end"])
                {
                    document.replace(from: start, to: end, with: text)
                } else {
                    document.replaceAll(with: text)
                }
            }
            document.version = params["textDocument"]?["version"]?.int ?? document.version + 1
            documents[path] = document
            workspace.setBuffer(path, bytes: document.bytes)
            markDirty(path)
        case "textDocument/didClose":
            guard let uri = params["textDocument"]?["uri"]?.string, let path = DocumentURI.path(uri) else { return [] }
            documents[path] = nil
            workspace.closeBuffer(path)
            markDirty(path)
        case "workspace/didChangeWatchedFiles":
            for change in params["changes"]?.array ?? [] {
                guard let uri = change["uri"]?.string, let path = DocumentURI.path(uri) else { continue }
                // A created or deleted file can change which files a curriculum has.
                workspace.invalidate(path)
                if change["type"]?.int != 2 { workspace.invalidateAll() }
                markDirty(path)
            }
        case "workspace/didChangeWorkspaceFolders":
            let removed = Set(
                (params["event"]?["removed"]?.array ?? []).compactMap { $0["uri"]?.string.flatMap(DocumentURI.path) })
            roots = roots.filter { !removed.contains($0) }
            roots += (params["event"]?["added"]?.array ?? []).compactMap { $0["uri"]?.string.flatMap(DocumentURI.path) }
        default: break
        }
        return []
    }

    private mutating func markDirty(_ path: String) {
        dirty.insert(workspace.curriculumFolder(containing: path) ?? path)
    }

    /// `publishDiagnostics` for every file of each changed curriculum that has findings, and an
    /// empty list for each file that had some before, so that fixing annexes.md clears module-2.md.
    mutating func publishDirty() -> [JSONValue] {
        var out: [JSONValue] = []
        for key in dirty.sorted() {
            let snapshot = workspace.snapshot(key: key)
            var byFile: [String: [Diagnostic]] = [:]
            for diagnostic in snapshot.report.diagnostics {
                guard let file = diagnostic.range?.file else { continue }
                byFile[file, default: []].append(diagnostic)
            }
            let files = Set(byFile.keys).union(published[key] ?? []).union(
                documents.keys.filter { workspace.curriculumFolder(containing: $0) ?? $0 == key })
            for file in files.sorted() {
                let diagnostics = (byFile[file] ?? []).map { lspDiagnostic($0, snapshot: snapshot) }
                var params: JSONValue = ["uri": .string(DocumentURI.uri(file)), "diagnostics": .array(diagnostics)]
                if let version = documents[file]?.version, case .object(var members) = params {
                    members["version"] = .int(version)
                    params = .object(members)
                }
                out.append(Self.notificationMessage("textDocument/publishDiagnostics", params))
            }
            published[key] = Set(byFile.keys)
        }
        dirty = []
        return out
    }

    /// A finding as an LSP diagnostic: code, link to its section of docs/rules.md, severity, the
    /// exact range `check` gives (in UTF-16), the hint, and the notes as related information; the
    /// wording in the client's language (`initialize`'s `locale`).
    func lspDiagnostic(_ diagnostic: Diagnostic, snapshot: CurriculumSnapshot) -> JSONValue {
        let range = diagnostic.range.map { lspRange($0, snapshot: snapshot) } ?? Self.emptyRange
        var message = diagnostic.text[language]
        if let hint = diagnostic.hint {
            message += "\n\(HumanRenderer.word(.help, in: language)): \(hint.text[language])"
        }
        let anchor = "\(diagnostic.code.id.lowercased())-\(diagnostic.code.name)"
        let related: [JSONValue] = diagnostic.notes.compactMap { note in
            guard let location = note.location else { return nil }
            return [
                "location": [
                    "uri": .string(DocumentURI.uri(location.file)),
                    "range": lspRange(SourceRange(start: location, length: 0), snapshot: snapshot),
                ],
                "message": .string(note.text[language]),
            ]
        }
        var members: [String: JSONValue] = [
            "range": range, "severity": .int(Self.severity(diagnostic.severity)), "code": .string(diagnostic.code.id),
            "source": "curriculum", "message": .string(message),
        ]
        // A link only where the rules' documentation is known: beside the binary, or named by the client.
        if let rulesDocumentation { members["codeDescription"] = ["href": .string(rulesDocumentation + "#" + anchor)] }
        if !related.isEmpty { members["relatedInformation"] = .array(related) }
        return .object(members)
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .note: return 3
        }
    }

    static let emptyRange: JSONValue = ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]

    /// The text of a line (1-based) as the editor has it: the open buffer, else the checked source.
    func lineText(_ path: String, line: Int, snapshot: CurriculumSnapshot?) -> String {
        if let document = documents[path] { return document.line(line - 1) }
        return snapshot?.lineText(path, line: line) ?? ""
    }

    func lspPosition(_ location: SourceLocation, snapshot: CurriculumSnapshot?) -> LSPPosition {
        LSPPosition(
            line: location.line, column: location.column,
            lineText: lineText(location.file, line: location.line, snapshot: snapshot))
    }

    func lspRange(_ range: SourceRange, snapshot: CurriculumSnapshot?) -> JSONValue {
        let start = lspPosition(range.start, snapshot: snapshot)
        let end = lspPosition(
            SourceLocation(file: range.file, line: range.endLine, column: max(range.endColumn, 1)), snapshot: snapshot)
        return ["start": start.json, "end": end.json]
    }

    func lspLocation(_ range: SourceRange, snapshot: CurriculumSnapshot?) -> JSONValue {
        ["uri": .string(DocumentURI.uri(range.file)), "range": lspRange(range, snapshot: snapshot)]
    }
}
