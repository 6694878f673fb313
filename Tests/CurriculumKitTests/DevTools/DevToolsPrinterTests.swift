import Testing

@testable import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The printer driven by a browser made of answers: every request it sends is read back and
/// answered as Chromium answers, so the whole exchange runs without a browser.
@Suite struct DevToolsPrinterTests {
    static func pdf(_ url: String) -> String { "%PDF-1.7 \(url)" }

    static func frame(_ value: JSONValue) -> [UInt8] { Array(value.encoded.utf8) + [0] }

    /// The requests in the bytes the printer wrote.
    static func requests(_ bytes: [UInt8]) -> [JSONValue] {
        bytes.split(separator: 0, omittingEmptySubsequences: true).compactMap { JSONValue.parse(Array($0)) }
    }

    /// Chromium's answers to one request, events included.
    static func answers(_ request: JSONValue, navigated: [String: String]) -> [JSONValue] {
        let id = request["id"] ?? .null
        let parameters = request["params"] ?? .object([:])
        let session = request["sessionId"] ?? .null
        switch request["method"]?.string ?? "" {
        case "Target.createTarget":
            return [["id": id, "result": ["targetId": .string("T\(id.int ?? 0)")]]]
        case "Target.attachToTarget":
            return [["id": id, "result": ["sessionId": .string("S-\(parameters["targetId"]?.string ?? "")")]]]
        case "Page.navigate":
            return [
                ["id": id, "result": ["frameId": "F", "loaderId": "L"]],
                ["method": "Page.loadEventFired", "params": ["timestamp": 1], "sessionId": session],
            ]
        case "Page.printToPDF":
            let url = navigated[session.string ?? ""] ?? ""
            return [["id": id, "result": ["data": .string(Data(Self.pdf(url).utf8).base64EncodedString())]]]
        default: return [["id": id, "result": [:]]]
        }
    }

    /// Runs the exchange to its end, answering each batch of requests in one read (or as `deliver`
    /// splits it); returns every request sent.
    @discardableResult
    static func run(
        _ printer: inout DevToolsPrinter, reorder: Bool = false,
        deliver: ([UInt8], inout DevToolsPrinter) -> Void = {
            $1.receive($0)
        }
    ) -> [JSONValue] {
        var sent: [JSONValue] = []
        var navigated: [String: String] = [:]
        var outgoing = Self.requests(printer.takeOutgoing())
        while !outgoing.isEmpty, printer.state == .working {
            sent += outgoing
            for request in outgoing where request["method"] == "Page.navigate" {
                navigated[request["sessionId"]?.string ?? ""] = request["params"]?["url"]?.string
            }
            let batch = reorder ? outgoing.reversed() : outgoing
            deliver(batch.flatMap { Self.answers($0, navigated: navigated).flatMap(Self.frame) }, &printer)
            outgoing = Self.requests(printer.takeOutgoing())
        }
        return sent + outgoing
    }

    @Test func onePageIsPrintedAndTheBrowserClosed() {
        var printer = DevToolsPrinter(urls: ["file:///tmp/a.html"])
        let sent = Self.run(&printer)
        #expect(printer.state == .finished)
        #expect(printer.pdfs == [Array(Self.pdf("file:///tmp/a.html").utf8)])
        #expect(
            sent.compactMap { $0["method"]?.string } == [
                "Target.createTarget", "Target.attachToTarget", "Page.enable", "Page.navigate", "Page.printToPDF",
                "Target.closeTarget", "Browser.close",
            ])
        let ids = sent.compactMap { $0["id"]?.int }
        #expect(ids == Array(1...ids.count), "requests are numbered from 1")
        let print = sent.first { $0["method"] == "Page.printToPDF" }
        #expect(print?["params"] == ["displayHeaderFooter": false, "printBackground": true, "preferCSSPageSize": true])
        #expect(print?["sessionId"] == "S-T1")
    }

    /// Answers in the opposite order of the requests: matched by number, each PDF to its page.
    @Test(arguments: [false, true]) func severalPagesAnswersInAnyOrder(reorder: Bool) {
        let urls = (1...5).map { "file:///tmp/\($0).html" }
        var printer = DevToolsPrinter(urls: urls, parallel: 3)
        let sent = Self.run(&printer, reorder: reorder)
        #expect(printer.state == .finished)
        #expect(printer.pdfs == urls.map { Array(Self.pdf($0).utf8) })
        #expect(sent.filter { $0["method"] == "Target.createTarget" }.count == 5)
        #expect(sent.filter { $0["method"] == "Browser.close" }.count == 1)
    }

    /// The browser's answers split at every few bytes give the same PDFs.
    @Test(arguments: [1, 3, 7, 64]) func answersSplitAcrossReads(size: Int) {
        var printer = DevToolsPrinter(urls: ["file:///tmp/a.html", "file:///tmp/b.html"])
        Self.run(&printer) { bytes, printer in
            for start in stride(from: 0, to: bytes.count, by: size) {
                printer.receive(bytes[start..<min(start + size, bytes.count)])
            }
        }
        #expect(printer.state == .finished)
        #expect(printer.pdfs.compactMap { $0 }.count == 2)
    }

    /// A load event of another session starts no printing; the page's own one does.
    @Test func eventsOfAnotherSessionAreIgnored() {
        var printer = DevToolsPrinter(urls: ["file:///tmp/a.html"])
        for answer: JSONValue in [
            ["id": 1, "result": ["targetId": "T1"]], ["id": 2, "result": ["sessionId": "S1"]],
            ["id": 3, "result": [:]], ["id": 4, "result": ["frameId": "F"]],
            ["method": "Page.loadEventFired", "params": [:], "sessionId": "OTHER"],
            ["method": "Page.loadEventFired", "params": [:]],
        ] {
            printer.receive(Self.frame(answer))
        }
        #expect(!Self.requests(printer.takeOutgoing()).contains { $0["method"] == "Page.printToPDF" })
        printer.receive(Self.frame(["method": "Page.loadEventFired", "params": [:], "sessionId": "S1"]))
        #expect(Self.requests(printer.takeOutgoing()).map { $0["method"] } == ["Page.printToPDF"])
        #expect(printer.state == .working)
    }

    /// Page.navigate waits for Page.enable's answer: a page loaded before its Page domain is on
    /// sends no load event, and the printer would wait for ever (seen with Chromium 156).
    @Test func theNavigationWaitsForThePageDomain() {
        var printer = DevToolsPrinter(urls: ["file:///tmp/a.html"])
        _ = printer.takeOutgoing()
        printer.receive(Self.frame(["id": 1, "result": ["targetId": "T1"]]))
        _ = printer.takeOutgoing()
        printer.receive(Self.frame(["id": 2, "result": ["sessionId": "S1"]]))
        #expect(Self.requests(printer.takeOutgoing()).map { $0["method"] } == ["Page.enable"])
        printer.receive(Self.frame(["id": 3, "result": [:], "sessionId": "S1"]))
        #expect(Self.requests(printer.takeOutgoing()).map { $0["method"] } == ["Page.navigate"])
        // The load event may come before the navigation's answer: printing waits for both.
        printer.receive(Self.frame(["method": "Page.loadEventFired", "params": [:], "sessionId": "S1"]))
        #expect(printer.takeOutgoing().isEmpty)
        printer.receive(Self.frame(["id": 4, "result": ["frameId": "T1"], "sessionId": "S1"]))
        #expect(Self.requests(printer.takeOutgoing()).map { $0["method"] } == ["Page.printToPDF"])
    }

    /// A page whose renderer goes before its PDF came fails at once instead of waiting for an answer.
    @Test(arguments: ["Inspector.targetCrashed", "Inspector.detached"]) func aPageThatGoesFails(method: String) {
        var printer = DevToolsPrinter(urls: ["file:///tmp/a.html"])
        for answer: JSONValue in [
            ["id": 1, "result": ["targetId": "T1"]], ["id": 2, "result": ["sessionId": "S1"]],
            ["method": .string(method), "params": [:], "sessionId": "OTHER"],
        ] {
            printer.receive(Self.frame(answer))
        }
        #expect(printer.state == .working)
        printer.receive(Self.frame(["method": .string(method), "params": [:], "sessionId": "S1"]))
        #expect(printer.state == .failed(.crashed(url: "file:///tmp/a.html")))
    }

    @Test func anErrorAnswerFails() {
        var printer = DevToolsPrinter(urls: ["file:///tmp/a.html"])
        printer.receive(Self.frame(["id": 1, "error": ["code": -32000, "message": "Failed to open a new tab"]]))
        #expect(printer.state == .failed(.refused(method: "Target.createTarget", message: "Failed to open a new tab")))
    }

    @Test func aPageThatCannotBeOpenedFails() {
        var printer = DevToolsPrinter(urls: ["file:///tmp/gone.html"])
        for answer: JSONValue in [
            ["id": 1, "result": ["targetId": "T1"]], ["id": 2, "result": ["sessionId": "S1"]],
            ["id": 3, "result": [:]], ["id": 4, "result": ["frameId": "F", "errorText": "net::ERR_FILE_NOT_FOUND"]],
        ] {
            printer.receive(Self.frame(answer))
        }
        #expect(printer.state == .failed(.notLoaded(url: "file:///tmp/gone.html", reason: "net::ERR_FILE_NOT_FOUND")))
    }

    @Test(arguments: ["not json", "[1,2]", "\u{FF}"]) func garbageFails(text: String) {
        var printer = DevToolsPrinter(urls: ["file:///tmp/a.html"])
        printer.receive(Array(text.utf8) + [0])
        guard case .failed(.garbage) = printer.state else {
            Issue.record("\(printer.state)")
            return
        }
    }

    @Test func anAnswerWithoutAPDFFails() {
        var printer = DevToolsPrinter(urls: ["file:///tmp/a.html"])
        for answer: JSONValue in [
            ["id": 1, "result": ["targetId": "T1"]], ["id": 2, "result": ["sessionId": "S1"]],
            ["id": 3, "result": [:]], ["id": 4, "result": ["frameId": "F"]],
            ["method": "Page.loadEventFired", "sessionId": "S1"],
            ["id": 5, "result": ["data": .string(Data("<html>".utf8).base64EncodedString())]],
        ] {
            printer.receive(Self.frame(answer))
        }
        #expect(printer.state == .failed(.noPDF(url: "file:///tmp/a.html")))
    }

    /// End of input in the middle of a message, and between messages.
    @Test func theBrowserClosingThePipeFails() {
        var printer = DevToolsPrinter(urls: ["file:///tmp/a.html"])
        printer.receive(Array(#"{"id":1,"res"#.utf8))
        printer.endOfInput()
        #expect(printer.state == .failed(.closed(unfinished: true)))
        var quiet = DevToolsPrinter(urls: ["file:///tmp/a.html"])
        quiet.endOfInput()
        #expect(quiet.state == .failed(.closed(unfinished: false)))
    }
}
