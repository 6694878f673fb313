/// The language server as a pure state machine: JSON-RPC messages in, messages out.
///
/// It never reads a stream, prints or exits: `curriculum lsp` feeds it the frames it reads from
/// standard input (a batch at a time, whatever has arrived) and writes what it returns. Files are
/// read through the `FileSystem` it is given, overlaid with the editor's unsaved buffers, so that
/// diagnostics follow what the author sees before saving.
///
/// Requests in one batch are answered in order; a `$/cancelRequest` in the batch cancels a request
/// not yet answered (`RequestCancelled`), and diagnostics are published once per batch for each
/// curriculum that changed, so a burst of keystrokes costs one check.
public struct LanguageServer: Sendable {
    /// Where the server is in the LSP lifecycle.
    public enum State: Equatable, Sendable {
        case uninitialized
        case running
        /// `shutdown` answered; only `exit` is expected.
        case shuttingDown
        /// `exit` received: the process should end with this status (0 after `shutdown`, 1 without).
        case exited(Int32)
    }

    public private(set) var state: State = .uninitialized
    var workspace: EditorWorkspace
    var documents: [String: TextDocument] = [:]
    /// Workspace folders (absolute paths), for workspace symbols.
    var roots: [String] = []
    /// Files given non-empty diagnostics last time, by curriculum folder, to clear them later.
    var published: [String: Set<String>] = [:]
    /// Curriculum folders (or lone files) to re-publish at the end of the batch.
    var dirty: Set<String> = []
    /// What the client said it supports at `initialize`.
    var clientCapabilities: JSONValue = [:]
    /// The language of the client's user, from `initialize`'s `locale`: diagnostics speak it
    /// (hovers and the like speak the curriculum's language).
    public private(set) var language: Language = .english
    /// Where `codeDescription` links point: docs/rules.md, each code its section; `nil`: no link.
    public var rulesDocumentation: String?
    private var nextRequestID = 1

    public init(
        fileSystem: any FileSystem, options: CheckOptions = CheckOptions(),
        rulesDocumentation: String? = nil
    ) {
        self.workspace = EditorWorkspace(base: fileSystem, options: options)
        self.rulesDocumentation = rulesDocumentation
    }

    /// The public copy of docs/rules.md.

    public static let serverName = "curriculum"

    /// Handles one batch of frames (whatever the reader had complete) and returns the messages to send.
    public mutating func handle(_ frames: [MessageReader.Frame], version: String = "0.1.0") -> [JSONValue] {
        var cancelled: Set<JSONValue> = []
        for case .message(let message) in frames where message["method"]?.string == "$/cancelRequest" {
            if let id = message["params"]?["id"] { cancelled.insert(id) }
        }
        var out: [JSONValue] = []
        for frame in frames {
            switch frame {
            case .failure(let error): out.append(Self.response(id: .null, error: JSONRPCError(error)))
            case .message(let message):
                // What changed before a shutdown is still published (the batch ends with it).
                if let method = message["method"]?.string, method == "shutdown" || method == "exit" {
                    out += publishDirty()
                }
                if let id = message["id"], message["method"] != nil, cancelled.contains(id) {
                    out.append(Self.response(id: id, error: .requestCancelled))
                } else {
                    out += handle(message, version: version)
                }
            }
            if case .exited = state { return out }
        }
        out += publishDirty()
        return out
    }

    /// Handles one message (without publishing diagnostics: `handle(_:)` does that per batch).
    mutating func handle(_ message: JSONValue, version: String) -> [JSONValue] {
        guard case .object = message else {
            return [Self.response(id: .null, error: .invalidRequest("a message must be a JSON object"))]
        }
        let id = message["id"]
        guard let method = message["method"]?.string else {
            // A response to one of our requests (registerCapability), or nonsense without a method.
            if id != nil, message["result"] != nil || message["error"] != nil { return [] }
            return [Self.response(id: id ?? .null, error: .invalidRequest("a request needs a 'method'"))]
        }
        if let id, !Self.isValidID(id) {
            return [Self.response(id: .null, error: .invalidRequest("an id must be a number or a string"))]
        }
        let params = message["params"] ?? .null
        if method == "exit" {
            state = .exited(state == .shuttingDown ? 0 : 1)
            return []
        }
        guard let id else {
            guard state == .running else { return [] }
            return notification(method, params)
        }
        switch state {
        case .uninitialized where method != "initialize":
            return [Self.response(id: id, error: .serverNotInitialized)]
        case .running where method == "initialize":
            return [Self.response(id: id, error: .invalidRequest("the server is already initialized"))]
        case .shuttingDown, .exited:
            return [Self.response(id: id, error: .invalidRequest("the server is shutting down"))]
        default: break
        }
        switch method {
        case "initialize":
            state = .running
            roots = Self.workspaceRoots(params)
            clientCapabilities = params["capabilities"] ?? [:]
            language = Self.language(ofLocale: params["locale"]?.string)
            if let link = params["initializationOptions"]?["rulesDocumentation"]?.string { rulesDocumentation = link }
            return [Self.response(id: id, result: Self.initializeResult(version: version))]
        case "shutdown":
            state = .shuttingDown
            return [Self.response(id: id, result: .null)]
        default:
            switch request(method, params) {
            case .success(let result): return [Self.response(id: id, result: result)]
            case .failure(let error): return [Self.response(id: id, error: error)]
            }
        }
    }

    /// Whether the client renders Markdown in hovers (otherwise hovers are plain text).
    var hoverTakesMarkdown: Bool {
        clientCapabilities["textDocument"]?["hover"]?["contentFormat"]?.array?.contains("markdown") ?? false
    }

    /// Whether the client lets the server register file watchers (`client/registerCapability`).
    var registersWatchers: Bool {
        clientCapabilities["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool ?? false
    }

    /// Dutch for a locale that starts with `nl` (`nl`, `nl-NL`, `nl_BE`), else English.
    static func language(ofLocale locale: String?) -> Language {
        guard let locale else { return .english }
        return locale.lowercased().hasPrefix("nl") ? .dutch : .english
    }

    static func isValidID(_ id: JSONValue) -> Bool {
        if case .string = id { return true }
        return id.int != nil
    }

    static func response(id: JSONValue, result: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }

    static func response(id: JSONValue, error: JSONRPCError) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "error": error.json]
    }

    static func notificationMessage(_ method: String, _ params: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }

    mutating func requestMessage(_ method: String, _ params: JSONValue) -> JSONValue {
        defer { nextRequestID += 1 }
        return [
            "jsonrpc": "2.0", "id": .string("curriculum-\(nextRequestID)"), "method": .string(method), "params": params,
        ]
    }

    static func workspaceRoots(_ params: JSONValue) -> [String] {
        if let folders = params["workspaceFolders"]?.array, !folders.isEmpty {
            return folders.compactMap { $0["uri"]?.string.flatMap(DocumentURI.path) }
        }
        if let uri = params["rootUri"]?.string, let path = DocumentURI.path(uri) { return [path] }
        return params["rootPath"]?.string.map { [$0] } ?? []
    }

    static func initializeResult(version: String) -> JSONValue {
        [
            "serverInfo": ["name": .string(serverName), "version": .string(version)],
            "capabilities": [
                "positionEncoding": "utf-16",
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "hoverProvider": true,
                "definitionProvider": true,
                "referencesProvider": true,
                "renameProvider": ["prepareProvider": true],
                "completionProvider": ["triggerCharacters": [".", " ", ":"], "resolveProvider": false],
                "documentSymbolProvider": true,
                "workspaceSymbolProvider": true,
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
                "documentFormattingProvider": true,
                "inlayHintProvider": true,
                "workspace": [
                    "workspaceFolders": ["supported": true, "changeNotifications": true]
                ],
            ],
        ]
    }
}
