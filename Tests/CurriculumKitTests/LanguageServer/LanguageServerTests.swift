import Testing

@testable import CurriculumKit

/// A client for tests: frames go in as the reader would hand them over, messages come out.
struct TestClient {
    var server = LanguageServer(fileSystem: EditingFixture.fileSystem, rulesDocumentation: "https://x/rules.md")
    static let moduleURI = "file:///c/module-1.md"
    static let catalogueURI = "file:///c/annexes.md"

    mutating func send(_ messages: [JSONValue]) -> [JSONValue] {
        server.handle(messages.map { .message($0) })
    }

    mutating func request(_ id: Int, _ method: String, _ params: JSONValue = [:]) -> JSONValue? {
        send([["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params]]).first {
            $0["id"] == .int(id)
        }
    }

    mutating func notify(_ method: String, _ params: JSONValue) -> [JSONValue] {
        send([["jsonrpc": "2.0", "method": .string(method), "params": params]])
    }

    /// `initialize` (with the user's `locale` when given), then `initialized`.
    mutating func start(locale: String? = nil) {
        var params: [String: JSONValue] = ["rootUri": "file:///c", "capabilities": [:]]
        if let locale { params["locale"] = .string(locale) }
        _ = request(1, "initialize", .object(params))
        _ = notify("initialized", [:])
    }

    mutating func open(_ uri: String = moduleURI, text: String = EditingFixture.moduleText) -> [JSONValue] {
        notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
    }

    static func diagnostics(_ messages: [JSONValue], for uri: String) -> [JSONValue]? {
        messages.last { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.string == uri }?[
            "params"]?["diagnostics"]?.array
    }

    static func position(_ line: Int, _ character: Int) -> JSONValue {
        ["line": .int(line), "character": .int(character)]
    }
}

@Suite struct LanguageServerLifecycleTests {
    @Test func requestsBeforeInitializeAreRefused() {
        var client = TestClient()
        let answer = client.request(7, "textDocument/hover")
        #expect(answer?["error"]?["code"] == .int(-32_002))
    }

    @Test func initializeAnnouncesTheCapabilities() {
        var client = TestClient()
        let answer = client.request(1, "initialize", ["capabilities": [:]])
        let capabilities = answer?["result"]?["capabilities"]
        #expect(capabilities?["textDocumentSync"]?["change"] == 2)
        #expect(capabilities?["positionEncoding"] == "utf-16")
        for provider in ["hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider"] {
            #expect(capabilities?[provider] == true, "\(provider)")
        }
    }

    @Test func shutdownThenExitEndsWithZero() {
        var client = TestClient()
        client.start()
        #expect(client.request(2, "shutdown")?["result"] == .null)
        #expect(client.request(3, "textDocument/hover")?["error"]?["code"] == .int(-32_600))
        _ = client.notify("exit", .null)
        #expect(client.server.state == .exited(0))
    }

    @Test func exitWithoutShutdownEndsWithOne() {
        var client = TestClient()
        client.start()
        _ = client.notify("exit", .null)
        #expect(client.server.state == .exited(1))
    }

    @Test func unknownMethodsAndBadMessagesGetErrorsNotCrashes() {
        var client = TestClient()
        client.start()
        #expect(client.request(4, "textDocument/colorPresentation")?["error"]?["code"] == .int(-32_601))
        #expect(client.notify("$/unknownNotification", [:]).isEmpty)
        let bad = client.send([.array([1, 2]), ["jsonrpc": "2.0", "id": ["no": "objects"], "method": "x"]])
        #expect(bad.map { $0["error"]?["code"] } == [.int(-32_600), .int(-32_600)])
        let framing = client.server.handle([.failure(.invalidJSON)])
        #expect(framing.first?["error"]?["code"] == .int(-32_700))
        #expect(framing.first?["id"] == .null)
        #expect(client.request(5, "textDocument/hover", ["position": TestClient.position(0, 0)])?["error"] != nil)
    }

    @Test func aCancelledRequestInTheSameBatchIsAnsweredAsCancelled() {
        var client = TestClient()
        client.start()
        let out = client.send([
            [
                "jsonrpc": "2.0", "id": 9, "method": "textDocument/documentSymbol",
                "params": ["textDocument": ["uri": .string(TestClient.moduleURI)]],
            ],
            ["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 9]],
        ])
        #expect(out.first?["error"]?["code"] == .int(-32_800))
    }

    @Test func aFileNeverOpenedIsAnsweredFromTheFileSystem() {
        var client = TestClient()
        client.start()
        let hover = client.request(
            6, "textDocument/hover",
            ["textDocument": ["uri": .string(TestClient.moduleURI)], "position": TestClient.position(13, 8)])
        #expect(hover?["result"]?["contents"]?["value"]?.string?.contains("1.A.1.1") == true)
        let missing = client.request(
            7, "textDocument/hover",
            ["textDocument": ["uri": "file:///nowhere/x.md"], "position": TestClient.position(0, 0)])
        #expect(missing?["result"] == .null)
    }
}

@Suite struct LanguageServerDiagnosticsTests {
    @Test func openingTheModulePublishesTheBrokenReferenceWithItsDetails() {
        var client = TestClient()
        client.start()
        let found = TestClient.diagnostics(client.open(), for: TestClient.moduleURI) ?? []
        let annex = found.first { $0["code"] == "CUR401" }
        #expect(annex?["range"] == ["start": TestClient.position(26, 2), "end": TestClient.position(26, 19)])
        #expect(annex?["severity"] == 1)
        #expect(annex?["codeDescription"]?["href"] == "https://x/rules.md#cur401-unresolved-annex")
        #expect(annex?["relatedInformation"]?.array?.first?["location"]?["uri"] == .string(TestClient.catalogueURI))
        #expect(annex?["message"]?.string?.contains("did you mean `1.A.1.1 bijlage 1`") == true)
    }

    /// Without the rules' documentation at hand (a binary with no docs/ beside it) a finding carries
    /// no link rather than a made-up one.
    @Test func withoutTheRulesDocumentationAFindingCarriesNoLink() {
        var client = TestClient()
        client.server = LanguageServer(fileSystem: EditingFixture.fileSystem)
        client.start()
        let found = TestClient.diagnostics(client.open(), for: TestClient.moduleURI) ?? []
        let annex = found.first { $0["code"] == "CUR401" }
        #expect(annex != nil)
        #expect(annex?["codeDescription"] == nil)
    }

    /// Typing in annexes.md clears the finding in module-1.md, before anything is saved.
    @Test func fixingTheCatalogueClearsTheModule() {
        var client = TestClient()
        client.start()
        _ = client.open()
        _ = client.open(TestClient.catalogueURI, text: EditingFixture.catalogueText)
        let out = client.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(TestClient.catalogueURI), "version": 2],
                "contentChanges": [
                    [
                        "range": ["start": TestClient.position(5, 0), "end": TestClient.position(5, 0)],
                        "text": "- 1.A.1.1 bijlage 7: De sociale kaart\n",
                    ]
                ],
            ])
        let module = TestClient.diagnostics(out, for: TestClient.moduleURI)
        #expect(module?.contains { $0["code"] == "CUR401" } == false)
    }

    @Test func typingAWrongNumberShowsTheErrorWithTheEmojiLineCountedInUTF16() {
        var client = TestClient()
        client.start()
        _ = client.open()
        // Line 29 (0-based 28) is "#### 1.A.1.2 Een rollenspel 🎭"; give its annex a wrong number.
        let out = client.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": .string(TestClient.moduleURI), "version": 2],
                "contentChanges": [
                    [
                        "range": ["start": TestClient.position(40, 18), "end": TestClient.position(40, 19)],
                        "text": "3",
                    ]
                ],
            ])
        let found = TestClient.diagnostics(out, for: TestClient.moduleURI) ?? []
        #expect(found.filter { $0["code"] == "CUR401" }.count == 2)
        #expect(out.contains { $0["params"]?["version"] == 2 })
    }
}

@Suite struct LanguageServerFeatureTests {
    @Test func definitionCompletionQuickFixAndHoverOverTheProtocol() {
        var client = TestClient()
        client.start()
        _ = client.open()
        let document: JSONValue = ["uri": .string(TestClient.moduleURI)]
        let definition = client.request(
            2, "textDocument/definition", ["textDocument": document, "position": TestClient.position(40, 4)])
        #expect(definition?["result"]?.array?.first?["uri"] == .string(TestClient.catalogueURI))
        #expect(definition?["result"]?.array?.first?["range"]?["start"] == TestClient.position(5, 2))

        let completion = client.request(
            3, "textDocument/completion", ["textDocument": document, "position": TestClient.position(26, 18)])
        let first = completion?["result"]?["items"]?.array?.first
        #expect(first?["label"] == "1.A.1.1 bijlage 1")
        #expect(first?["textEdit"]?["newText"] == "1.A.1.1 bijlage 1")

        let actions = client.request(
            4, "textDocument/codeAction",
            [
                "textDocument": document,
                "range": ["start": TestClient.position(26, 4), "end": TestClient.position(26, 4)],
                "context": ["diagnostics": []],
            ])
        let titles = actions?["result"]?.array?.compactMap { $0["title"]?.string } ?? []
        #expect(titles == ["Vervang door '1.A.1.1 bijlage 1'", "Zet '1.A.1.1 bijlage 7' in de bijlagenlijst"])
        let edit = actions?["result"]?.array?.first?["edit"]?["changes"]?[TestClient.moduleURI]?.array?.first
        #expect(edit?["range"] == ["start": TestClient.position(26, 2), "end": TestClient.position(26, 19)])

        let hover = client.request(
            5, "textDocument/hover", ["textDocument": document, "position": TestClient.position(28, 10)])
        #expect(hover?["result"]?["contents"]?["value"]?.string?.contains("- duur: 45 min") == true)
    }

    @Test func symbolsRenameFormattingAndInlayHints() {
        var client = TestClient()
        client.start()
        _ = client.open()
        let document: JSONValue = ["uri": .string(TestClient.moduleURI)]
        let symbols = client.request(2, "textDocument/documentSymbol", ["textDocument": document])
        #expect(symbols?["result"]?.array?.first?["detail"] == "105 min")
        let rename = client.request(
            3, "textDocument/rename",
            ["textDocument": document, "position": TestClient.position(13, 6), "newName": "1.A.1.9"])
        #expect(rename?["result"]?["changes"]?.object?.count == 3)
        let hints = client.request(
            4, "textDocument/inlayHint", ["textDocument": ["uri": "file:///c/plans/dag.plan.md"]])
        #expect(hints?["result"]?.array?.first?["label"] == "09:00–10:00 ")
        let workspace = client.request(5, "workspace/symbol", ["query": "rollen"])
        #expect(workspace?["result"]?.array?.first?["name"] == "1.A.1.2 Een rollenspel 🎭")
        let format = client.request(6, "textDocument/formatting", ["textDocument": document, "options": [:]])
        #expect(format?["result"]?.array != nil)
    }
}

/// Hovers speak the curriculum's language; diagnostics speak the user's (`initialize`'s `locale`).
@Suite struct LanguageServerLanguageTests {
    @Test func aDutchCurriculumGetsADutchHover() {
        let path = Repository.shippedCurriculum.path + "/module-1.md"
        var client = TestClient(server: LanguageServer(fileSystem: LocalFileSystem()))
        client.start()
        let hover = client.request(
            2, "textDocument/hover",
            ["textDocument": ["uri": .string(DocumentURI.uri(path))], "position": TestClient.position(146, 8)])
        let text = hover?["result"]?["contents"]?["value"]?.string ?? ""
        #expect(text.contains("**1.A.1.2 De rollen en verantwoordelijkheden van de coach**"))
        #expect(text.contains("- duur: 60 min"))
        #expect(text.contains("- leerdoelen: "))
        #expect(!text.contains("duration"))
    }

    @Test func anEnglishCurriculumGetsAnEnglishHover() {
        var files = EditingFixture.fileSystem
        files.files["c/curriculum.md"] = Array(
            EditingFixture.manifestText.replacingOccurrences(of: "Taal: nl", with: "Taal: en").utf8)
        var client = TestClient(server: LanguageServer(fileSystem: files))
        client.start(locale: "nl")
        let hover = client.request(
            2, "textDocument/hover",
            ["textDocument": ["uri": .string(TestClient.moduleURI)], "position": TestClient.position(13, 8)])
        let text = hover?["result"]?["contents"]?["value"]?.string ?? ""
        #expect(text.contains("- duration: 60 min"))
        #expect(text.contains("- goals: 1"))
        #expect(!text.contains("duur"))
    }

    @Test func aDutchLocalePublishesDutchDiagnostics() {
        for locale in ["nl", "nl-NL"] {
            var client = TestClient()
            client.start(locale: locale)
            let found = TestClient.diagnostics(client.open(), for: TestClient.moduleURI) ?? []
            let annex = found.first { $0["code"] == "CUR401" }
            let message = annex?["message"]?.string ?? ""
            #expect(message.contains("bedoelde je `1.A.1.1 bijlage 1`"), "\(locale): \(message)")
            #expect(message.contains("\ntip: schrijf `1.A.1.1 bijlage 1`"), "\(locale): \(message)")
            #expect(!message.contains("did you mean"))
            let related = annex?["relatedInformation"]?.array?.first?["message"]?.string
            #expect(related == "`1.A.1.1 bijlage 1` staat hier")
        }
    }

    @Test func aRefusedRenameIsExplainedInTheClientsLanguage() {
        for (locale, wording) in [
            ("nl-BE", "kan niet in de plaats komen van wat hier staat"), ("en", "cannot replace"),
        ] {
            var client = TestClient()
            client.start(locale: locale)
            let answer = client.request(
                2, "textDocument/rename",
                [
                    "textDocument": ["uri": .string(TestClient.moduleURI)], "position": TestClient.position(13, 6),
                    "newName": "geen nummer",
                ])
            #expect(answer?["error"]?["message"]?.string?.contains(wording) == true, "\(locale)")
        }
    }

    @Test func withoutADutchLocaleDiagnosticsAreEnglish() {
        for locale in [nil, "en-GB", "de"] as [String?] {
            var client = TestClient()
            client.start(locale: locale)
            let found = TestClient.diagnostics(client.open(), for: TestClient.moduleURI) ?? []
            let message = found.first { $0["code"] == "CUR401" }?["message"]?.string ?? ""
            #expect(message.contains("did you mean `1.A.1.1 bijlage 1`"), "\(String(describing: locale))")
            #expect(message.contains("\nhelp: write `1.A.1.1 bijlage 1`"))
            #expect(!message.contains("bedoelde je"))
        }
    }
}

@Suite struct LanguageServerClientCapabilityTests {
    @Test func watchersAreRegisteredOnlyWhenTheClientAllowsIt() {
        var without = TestClient()
        _ = without.request(1, "initialize", ["capabilities": [:]])
        #expect(without.notify("initialized", [:]).isEmpty)
        var with = TestClient()
        let capabilities: JSONValue = ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]]
        _ = with.request(1, "initialize", ["capabilities": capabilities])
        let out = with.notify("initialized", [:])
        #expect(out.first?["method"] == "client/registerCapability")
        #expect(
            out.first?["params"]?["registrations"]?.array?.first?["method"] == "workspace/didChangeWatchedFiles")
    }

    @Test func hoversArePlainTextUnlessTheClientTakesMarkdown() {
        var plain = TestClient()
        plain.start()
        let params: JSONValue = [
            "textDocument": ["uri": .string(TestClient.moduleURI)], "position": TestClient.position(13, 8),
        ]
        #expect(plain.request(2, "textDocument/hover", params)?["result"]?["contents"]?["kind"] == "plaintext")
        var markdown = TestClient()
        let capabilities: JSONValue = ["textDocument": ["hover": ["contentFormat": ["markdown", "plaintext"]]]]
        _ = markdown.request(1, "initialize", ["capabilities": capabilities])
        #expect(markdown.request(2, "textDocument/hover", params)?["result"]?["contents"]?["kind"] == "markdown")
    }

    /// A file changed on disk (reported by the client's watcher) is read again; until reported,
    /// the snapshot stands.
    @Test func aWatchedChangeRereadsTheFile() {
        let disk = ChangingDisk(EditingFixture.fileSystem)
        var client = TestClient()
        client.server = LanguageServer(fileSystem: disk, rulesDocumentation: "https://x/rules.md")
        client.start()
        let opened = TestClient.diagnostics(client.open(), for: TestClient.moduleURI) ?? []
        #expect(opened.filter { $0["code"] == "CUR401" }.count == 1)
        let renumbered = EditingFixture.catalogueText.replacingOccurrences(
            of: "1.A.1.2 bijlage 1", with: "1.A.1.2 bijlage 4")
        disk.files.files["c/annexes.md"] = Array(renumbered.utf8)
        let out = client.notify(
            "workspace/didChangeWatchedFiles", ["changes": [["uri": .string(TestClient.catalogueURI), "type": 2]]])
        let found = TestClient.diagnostics(out, for: TestClient.moduleURI) ?? []
        #expect(found.filter { $0["code"] == "CUR401" }.count == 2)
    }
}

/// A file system whose files a test changes while the server holds it, like the disk.
final class ChangingDisk: FileSystem, @unchecked Sendable {
    var files: InMemoryFileSystem
    init(_ files: InMemoryFileSystem) { self.files = files }
    func kind(of path: String) -> FileKind { files.kind(of: path) }
    func read(_ path: String, limit: Int) -> Result<[UInt8], FileError> { files.read(path, limit: limit) }
    func entries(of folder: String) -> Result<[String], FileError> { files.entries(of: folder) }
    func canonicalPath(_ path: String) -> String? { files.canonicalPath(path) }
}
