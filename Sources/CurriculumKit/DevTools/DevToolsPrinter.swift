#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Prints pages to PDF through one browser over the DevTools protocol, as a pure state machine: the
/// bytes the browser writes go in (`receive`), the bytes to write to it come out (`takeOutgoing`),
/// and the PDFs come out when `state` is `.finished`. The command line owns the process and the
/// pipe; this type starts nothing and waits for nothing, so it is tested by feeding it bytes.
///
/// For each page: `Target.createTarget` (about:blank), `Target.attachToTarget` (flattened, so that
/// the page's messages carry a `sessionId` on the same pipe), `Page.enable`, and once it is
/// answered `Page.navigate` (sent together, Chromium may finish loading a small page before the
/// Page domain is on, and then never sends its load event), then, once the navigation is answered and the page's `Page.loadEventFired` has come,
/// `Page.printToPDF` with the settings of Chromium's own `--print-to-pdf --no-pdf-header-footer`,
/// and `Target.closeTarget`. Up to `parallel` pages are in flight at once. When every PDF is in,
/// `Browser.close` is queued. Requests are numbered from 1 and answers are matched by number, so
/// they may come in any order; events of sessions that are not a waiting page's are ignored.
public struct DevToolsPrinter: Sendable {
    public enum State: Equatable, Sendable {
        case working
        /// Every PDF is in `pdfs`; `Browser.close` is queued.
        case finished
        case failed(DevToolsFailure)
    }

    /// What a page waits for.
    private enum Step: Sendable {
        case creating, attaching, enabling, loading, printing, closing
    }

    private struct Page: Sendable {
        var url: String
        var targetID = ""
        var sessionID = ""
        var navigated = false
        var loaded = false
    }

    /// The file URLs of the pages, in order.
    public let urls: [String]
    /// How many pages the browser lays out at once.
    public let parallel: Int
    public private(set) var state = State.working
    /// The PDF of each page, in the order of `urls`, once it has arrived.
    public private(set) var pdfs: [[UInt8]?]

    private var frames = DevToolsFrames()
    private var pages: [Page]
    private var pending: [Int: (page: Int, step: Step, method: String)] = [:]
    private var nextID = 1
    private var nextPage = 0
    private var outgoing: [UInt8] = []

    /// Starts the work: the first pages' requests are ready in `takeOutgoing()` at once.
    public init(urls: [String], parallel: Int = 2) {
        self.urls = urls
        self.parallel = max(1, parallel)
        pdfs = Array(repeating: nil, count: urls.count)
        pages = urls.map { Page(url: $0) }
        for _ in 0..<min(self.parallel, urls.count) { startNextPage() }
        finishIfDone()
    }

    /// The bytes to write to the browser now (NUL-terminated JSON messages); empties the queue.
    public mutating func takeOutgoing() -> [UInt8] {
        defer { outgoing = [] }
        return outgoing
    }

    /// Takes in what the browser wrote, and answers it.
    public mutating func receive(_ bytes: some Sequence<UInt8>) {
        guard state == .working else { return }
        frames.append(bytes)
        do {
            while state == .working, let message = try frames.next() { handle(message) }
        } catch {
            state = .failed(error)
        }
    }

    /// The browser closed its end of the pipe.
    public mutating func endOfInput() {
        guard state == .working else { return }
        state = .failed(.closed(unfinished: frames.pendingByteCount > 0))
    }

    /// The settings that give the pages of `--print-to-pdf --no-pdf-header-footer`: the page size
    /// and margins of the style sheet's `@page`, backgrounds printed, no header or footer.
    static let printSettings: JSONValue = .object([
        "displayHeaderFooter": .bool(false), "printBackground": .bool(true), "preferCSSPageSize": .bool(true),
    ])

    private mutating func startNextPage() {
        guard nextPage < pages.count else { return }
        send("Target.createTarget", ["url": .string("about:blank")], page: nextPage, step: .creating)
        nextPage += 1
    }

    private mutating func send(
        _ method: String, _ parameters: [String: JSONValue], page: Int, step: Step, session: String? = nil
    ) {
        var message: [String: JSONValue] = [
            "id": .int(nextID), "method": .string(method), "params": .object(parameters),
        ]
        if let session { message["sessionId"] = .string(session) }
        pending[nextID] = (page, step, method)
        nextID += 1
        outgoing += Array(JSONValue.object(message).encoded.utf8) + [0]
    }

    private mutating func handle(_ bytes: [UInt8]) {
        guard let message = JSONValue.parse(bytes)?.object else {
            state = .failed(.garbage(excerpt: String(decoding: bytes.prefix(80), as: UTF8.self)))
            return
        }
        if let id = message["id"]?.int {
            guard let request = pending.removeValue(forKey: id) else { return }
            if let error = message["error"] {
                if request.step == .closing { return }
                let text = error["message"]?.string ?? error.encoded
                state = .failed(.refused(method: request.method, message: text))
                return
            }
            answer(request.page, request.step, result: message["result"] ?? .object([:]))
        } else if let method = message["method"]?.string, let session = message["sessionId"]?.string,
            let index = pages.firstIndex(where: { $0.sessionID == session }), pdfs[index] == nil
        {
            if method == "Page.loadEventFired" {
                pages[index].loaded = true
                printIfLoaded(index)
            } else if method == "Inspector.targetCrashed" || method == "Inspector.detached" {
                // The page's renderer is gone before its PDF came: no answer will come either.
                state = .failed(.crashed(url: pages[index].url))
            }
        }
    }

    private mutating func answer(_ index: Int, _ step: Step, result: JSONValue) {
        let url = pages[index].url
        switch step {
        case .creating:
            guard let target = result["targetId"]?.string else { return fail(result, "Target.createTarget") }
            pages[index].targetID = target
            send(
                "Target.attachToTarget", ["targetId": .string(target), "flatten": .bool(true)], page: index,
                step: .attaching)
        case .attaching:
            guard let session = result["sessionId"]?.string else { return fail(result, "Target.attachToTarget") }
            pages[index].sessionID = session
            send("Page.enable", [:], page: index, step: .enabling, session: session)
        case .enabling:
            // Only now: a page that loads before its Page domain is on sends no load event.
            send("Page.navigate", ["url": .string(url)], page: index, step: .loading, session: pages[index].sessionID)
        case .loading:
            if let reason = result["errorText"]?.string, !reason.isEmpty {
                state = .failed(.notLoaded(url: url, reason: reason))
                return
            }
            pages[index].navigated = true
            printIfLoaded(index)
        case .printing:
            guard let text = result["data"]?.string, let pdf = Data(base64Encoded: text),
                pdf.starts(with: Array("%PDF".utf8))
            else {
                state = .failed(.noPDF(url: url))
                return
            }
            pdfs[index] = Array(pdf)
            send("Target.closeTarget", ["targetId": .string(pages[index].targetID)], page: index, step: .closing)
            startNextPage()
            finishIfDone()
        case .closing: break
        }
    }

    private mutating func fail(_ result: JSONValue, _ method: String) {
        state = .failed(.refused(method: method, message: "unexpected answer \(result.encoded.prefix(80))"))
    }

    private mutating func printIfLoaded(_ index: Int) {
        let page = pages[index]
        guard page.navigated, page.loaded else { return }
        pages[index].loaded = false
        pages[index].navigated = false
        send("Page.printToPDF", Self.printSettings.object ?? [:], page: index, step: .printing, session: page.sessionID)
    }

    private mutating func finishIfDone() {
        guard state == .working, pdfs.allSatisfy({ $0 != nil }) else { return }
        state = .finished
        send("Browser.close", [:], page: 0, step: .closing)
    }
}
