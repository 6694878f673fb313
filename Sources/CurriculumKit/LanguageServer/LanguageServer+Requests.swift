extension LanguageServer {
    /// Requests after `initialize`: each answered from the snapshot of the curriculum the file
    /// belongs to (built from the buffers if stale). A file never opened is read from the file
    /// system; one that does not exist gets an empty answer.
    mutating func request(_ method: String, _ params: JSONValue) -> Result<JSONValue, JSONRPCError> {
        if method == "workspace/symbol" { return .success(workspaceSymbols(params["query"]?.string ?? "")) }
        guard Self.documentMethods.contains(method) else { return .failure(.methodNotFound(method)) }
        guard let uri = params["textDocument"]?["uri"]?.string, let path = DocumentURI.path(uri) else {
            return .failure(.invalidParams("'textDocument.uri' must be a file:// URI"))
        }
        let snapshot = workspace.snapshot(containing: path)
        let location = LSPPosition(params["position"]).map { position in
            SourceLocation(
                file: path, line: position.line + 1,
                column: position.column(in: lineText(path, line: position.line + 1, snapshot: snapshot)))
        }
        switch method {
        case "textDocument/hover":
            guard let location else { return .failure(.invalidParams("'position' is required")) }
            guard let text = snapshot.hover(at: location) else { return .success(.null) }
            let kind: JSONValue = hoverTakesMarkdown ? "markdown" : "plaintext"
            return .success(["contents": ["kind": kind, "value": .string(text)]])
        case "textDocument/definition":
            guard let location else { return .failure(.invalidParams("'position' is required")) }
            return .success(.array(snapshot.definition(at: location).map { lspLocation($0, snapshot: snapshot) }))
        case "textDocument/references":
            guard let location else { return .failure(.invalidParams("'position' is required")) }
            return .success(.array(snapshot.references(at: location).map { lspLocation($0, snapshot: snapshot) }))
        case "textDocument/prepareRename":
            guard let location else { return .failure(.invalidParams("'position' is required")) }
            return .success(prepareRename(at: location, snapshot: snapshot))
        case "textDocument/rename":
            guard let location, let name = params["newName"]?.string else {
                return .failure(.invalidParams("'position' and 'newName' are required"))
            }
            guard let edits = snapshot.rename(at: location, to: name) else {
                // The editor shows this to its user: in the client's language.
                let refusal = LocalizedText(
                    en: "'\(name)' cannot replace what is at this position",
                    nl: "'\(name)' kan niet in de plaats komen van wat hier staat")
                return .failure(.invalidParams(refusal[language]))
            }
            return .success(workspaceEdit(edits, snapshot: snapshot))
        case "textDocument/completion":
            guard let location else { return .failure(.invalidParams("'position' is required")) }
            return .success(completionList(snapshot.completions(at: location), snapshot: snapshot))
        case "textDocument/codeAction":
            return .success(codeActions(path: path, params: params, snapshot: snapshot))
        case "textDocument/formatting":
            guard let text = snapshot.formatted(path) else { return .success(.array([])) }
            let lines = max(documents[path]?.lineStarts.count ?? snapshot.source(path)?.lineCount ?? 1, 1)
            let whole: JSONValue = [
                "start": ["line": 0, "character": 0], "end": ["line": .int(lines), "character": 0],
            ]
            return .success([["range": whole, "newText": .string(text)]])
        case "textDocument/documentSymbol":
            return .success(.array(snapshot.outline(of: path).map { documentSymbol($0, snapshot: snapshot) }))
        case "textDocument/inlayHint":
            return .success(
                .array(
                    snapshot.inlayHints(in: path).map { hint in
                        [
                            "position": lspPosition(hint.at, snapshot: snapshot).json, "label": .string(hint.label),
                            "paddingLeft": true,
                        ]
                    }))
        default:
            return .failure(.methodNotFound(method))
        }
    }

    static let documentMethods: Set<String> = [
        "textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/prepareRename",
        "textDocument/rename", "textDocument/completion", "textDocument/codeAction", "textDocument/formatting",
        "textDocument/documentSymbol", "textDocument/inlayHint",
    ]

    private func prepareRename(at location: SourceLocation, snapshot: CurriculumSnapshot) -> JSONValue {
        switch snapshot.target(at: location) {
        case .annexReference(let reference, _):
            return lspRange(
                SourceRange(start: reference.location, length: reference.written.unicodeScalars.count),
                snapshot: snapshot)
        case .annexEntry(let entry):
            return lspRange(
                SourceRange(start: entry.location, length: entry.written.unicodeScalars.count), snapshot: snapshot)
        case .exerciseHeading(let exercise):
            return lspRange(
                SourceRange(start: exercise.idLocation, length: exercise.id.description.unicodeScalars.count),
                snapshot: snapshot)
        case .exerciseMention(_, let range): return lspRange(range, snapshot: snapshot)
        default: return .null
        }
    }

    func workspaceEdit(_ edits: [TextEdit], snapshot: CurriculumSnapshot) -> JSONValue {
        var changes: [String: JSONValue] = [:]
        for edit in edits {
            let uri = DocumentURI.uri(edit.range.file)
            let item: JSONValue = ["range": lspRange(edit.range, snapshot: snapshot), "newText": .string(edit.newText)]
            changes[uri] = .array((changes[uri]?.array ?? []) + [item])
        }
        return ["changes": .object(changes)]
    }

    private func completionList(_ candidates: [CompletionCandidate], snapshot: CurriculumSnapshot) -> JSONValue {
        let items: [JSONValue] = candidates.map { candidate in
            var item: [String: JSONValue] = [
                "label": .string(candidate.label), "kind": .int(Self.completionKind(candidate.kind)),
                "sortText": .string(candidate.sortText), "filterText": .string(candidate.label),
            ]
            if let detail = candidate.detail { item["detail"] = .string(detail) }
            if let range = candidate.replacing {
                item["textEdit"] = [
                    "range": lspRange(range, snapshot: snapshot), "newText": .string(candidate.insertText),
                ]
            } else {
                item["insertText"] = .string(candidate.insertText)
            }
            return .object(item)
        }
        return ["isIncomplete": false, "items": .array(items)]
    }

    static func completionKind(_ kind: CompletionCandidate.Kind) -> Int {
        switch kind {
        case .fieldLabel: return 10  // Property
        case .annex: return 18  // Reference
        case .exercise: return 18
        case .duration: return 12  // Value
        }
    }

    private func codeActions(path: String, params: JSONValue, snapshot: CurriculumSnapshot) -> JSONValue {
        guard let start = LSPPosition(params["range"]?["start"]), let end = LSPPosition(params["range"]?["end"]) else {
            return .array([])
        }
        let fixes = snapshot.quickFixes(in: path, lines: (start.line + 1)...max(start.line + 1, end.line + 1))
        return .array(
            fixes.map { fix in
                [
                    "title": .string(fix.title), "kind": "quickfix", "isPreferred": .bool(fix.isSafe),
                    "diagnostics": [lspDiagnostic(fix.diagnostic, snapshot: snapshot)],
                    "edit": workspaceEdit(fix.edits, snapshot: snapshot),
                ]
            })
    }

    private func documentSymbol(_ symbol: OutlineSymbol, snapshot: CurriculumSnapshot) -> JSONValue {
        let range = lspRange(symbol.range, snapshot: snapshot)
        return [
            "name": .string(symbol.name), "detail": .string(symbol.detail), "kind": .int(Self.symbolKind(symbol.kind)),
            "range": range, "selectionRange": range,
            "children": .array(symbol.children.map { documentSymbol($0, snapshot: snapshot) }),
        ]
    }

    static func symbolKind(_ kind: OutlineSymbol.Kind) -> Int {
        switch kind {
        case .module: return 2  // Module
        case .topic: return 3  // Namespace
        case .level: return 5  // Class
        case .exercise: return 12  // Function
        }
    }

    /// Symbols of every curriculum under the workspace folders and of every open document.
    private mutating func workspaceSymbols(_ query: String) -> JSONValue {
        var folders = Set(documents.keys.compactMap { workspace.curriculumFolder(containing: $0) })
        let loader = CurriculumLoader(fileSystem: workspace.fileSystem)
        for root in roots {
            for folder in loader.curriculumFolders(in: root) { folders.insert(folder) }
        }
        var out: [JSONValue] = []
        for folder in folders.sorted() {
            let snapshot = workspace.snapshot(key: folder)
            for symbol in snapshot.symbols(matching: query) {
                out.append([
                    "name": .string(symbol.name), "kind": .int(Self.symbolKind(symbol.kind)),
                    "containerName": .string(symbol.detail), "location": lspLocation(symbol.range, snapshot: snapshot),
                ])
            }
        }
        return .array(out)
    }
}
