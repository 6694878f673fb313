import Foundation
import Testing

/// `curriculum export` end to end: every format from the command line, the no-overwrite promise,
/// usage errors, the HTML read by a real HTML5 parser, and the PDF printed by Chromium and read back
/// with poppler.
@Suite struct ExportCommandTests {
    static let plan = "Tests/Fixtures/export/igma-day.plan.md"
    /// The plan's exercises, in agenda order.
    static let planExercises = ["1.C.1.1", "1.D.1.2", "1.D.2.1", "1.E.1.1", "1.E.1.2", "1.E.2.1"]

    static func titles() throws -> [String: String] {
        var titles: [String: String] = [:]
        for module in ["module-1.md"] {
            let text = try String(
                contentsOf: CLI.root.appendingPathComponent("curriculum/igma-femina/\(module)"), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("#### ") {
                let parts = line.dropFirst(5).split(separator: " ", maxSplits: 1)
                if parts.count == 2 { titles[String(parts[0])] = String(parts[1]) }
            }
        }
        return titles
    }

    // MARK: Formats on standard output

    @Test func planToHTMLOnStandardOutput() throws {
        let output = try CLI.run(["export", "--plan", Self.plan])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(output.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(
            output.stdout.contains(
                "<h1>Trainingsdag IGMA Femina: stapsgewijze ontwikkeling, casemanagement en gender</h1>"))
        #expect(output.stdout.contains("<div><dt>Plaats</dt><dd>Utrecht, Domplein 4, zaal 2</dd></div>"))
        #expect(output.stdout.contains("dinsdag 9 maart 2027"))
        #expect(output.stdout.components(separatedBy: "<article id=\"ex-").count - 1 == Self.planExercises.count)
    }

    @Test func planToMarkdownAndText() throws {
        let markdown = try CLI.run(["export", "--plan", Self.plan, "--format", "md"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("| Tijd | Onderdeel | Duur |"))
        #expect(
            markdown.stdout.contains(
                "| 09:10–10:10 | [**1.C.1.1** Stapsgewijze ontwikkeling (1)](#ex-1-C-1-1) | 1 uur |"))
        #expect(markdown.stdout.contains("| 10:10–10:25 | *Pauze* | 15 min |"))
        #expect(markdown.stdout.contains("| ☐ 1.D.1.1 bijlage 1 | Casemanagement | 14 | 1.D.1.2 |"))
        let text = try CLI.run(["export", "--plan", Self.plan, "--format", "txt"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("09:10–10:10  1.C.1.1 Stapsgewijze ontwikkeling (1)"))
        #expect(
            text.stdout.split(separator: "\n").allSatisfy {
                $0.count <= 80 || !$0.contains(" ") || $0.split(separator: " ").contains { $0.count > 40 }
            })
    }

    @Test func selectionWithPlanOptions() throws {
        let output = try CLI.run([
            "export", "curriculum/igma-femina", "--select", "1.A", "--level", "1", "--date", "2027-03-09",
            "--participants", "10", "--trainers", "Anna,Jan,Piet", "--title", "Profiel", "--format", "txt",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Trainers:    Anna, Jan, Piet"))
        #expect(output.stdout.contains("Exemplaren: 10 deelnemers + 3 trainers."))
        #expect(
            output.stdout.contains("1.A.1.1") && output.stdout.contains("1.A.1.2") && !output.stdout.contains("1.A.2.1")
        )
    }

    @Test func aCurriculumAloneExportsAsItsBooklet() throws {
        let plain = try CLI.run(["export", "curriculum/igma-femina"])
        let explicit = try CLI.run(["export", "curriculum/igma-femina", "--booklet"])
        #expect(plain.status == 0 && explicit.status == 0)
        #expect(plain.stdout == explicit.stdout)
        #expect(plain.stdout.components(separatedBy: "<article id=\"ex-").count - 1 == 89)
    }

    @Test func bookletOfAModuleAndParticipantHandout() throws {
        let booklet = try CLI.run(["export", "curriculum/igma-femina", "--module", "0", "--format", "md"])
        #expect(booklet.status == 0, "\(booklet.stderr)")
        #expect(booklet.stdout.contains("# Module 0: "))
        #expect(booklet.stdout.contains("## Inhoud"))
        let participants = try CLI.run(["export", "--plan", Self.plan, "--audience", "participants", "--format", "txt"])
        #expect(participants.status == 0)
        #expect(!participants.stdout.contains("WERKWIJZE") && participants.stdout.contains("LEERDOELEN"))
    }

    // MARK: Files

    @Test func neverOverwritesWithoutForceAndWritesAtomically() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("dag.md").path
        let first = try CLI.run(["export", "--plan", Self.plan, "--output", target])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("<sub>IGMA Femina training curriculum</sub>"), "the format follows the extension")
        try "mine".write(toFile: target, atomically: true, encoding: .utf8)
        let second = try CLI.run(["export", "--plan", Self.plan, "--output", target])
        #expect(second.status == 1)
        #expect(second.stderr.contains("already exists; not overwriting it"))
        #expect(second.stderr.contains("--force"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine")
        let forced = try CLI.run(["export", "--plan", Self.plan, "--output", target, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == written)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "dag.md" }
        #expect(leftovers.isEmpty, "no temporary files left: \(leftovers)")
    }

    // MARK: Mistakes

    @Test(arguments: [
        (["export", "--plan", "x.plan.md", "--select", "1.A"], "give only one of"),
        (["export", "--plan", plan, "--format", "pdf"], "PDF output needs --output"),
        (["export", "curriculum/igma-femina", "--select", "1.A", "--date", "9-3-2027"], "write an ISO date"),
        (
            ["export", "curriculum/igma-femina", "--booklet", "--audience", "participants"],
            "--audience applies to handouts"
        ),
        (["export", "curriculum/igma-femina", "--booklet", "--start", "10:00"], "a booklet has no agenda"),
        (["export", "curriculum/igma-femina", "--select", "1.A", "--start", "25:00"], "write a time such as 09:00"),
        (["export", "curriculum/igma-femina", "--select", "X.Y"], "is not an exercise ID"),
        (["export", "curriculum/igma-femina", "--plan", plan], "give no curriculum folder with --plan"),
        (["export", "--plan", plan, "--format", "docx"], "it must be one of: html, pdf, md, txt"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let output = try CLI.run(arguments)
        #expect(output.status == 2, "\(output.stderr)")
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
    }

    /// Issue 12, case 2: the dates fix the days, so a handout of more than they hold is refused
    /// with what is left out, never written without it.
    @Test func aHandoutThatDoesNotFitItsDatesIsRefused() throws {
        let output = try CLI.run([
            "export", "curriculum/igma-femina", "--select", "1", "--level", "1", "--date", "2027-03-09", "--format",
            "txt",
        ])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stderr.contains("error[CUR807]: the selection does not fit in the 1 day its dates give"))
        #expect(output.stdout.isEmpty)
    }

    @Test func unknownSelectionAndModule() throws {
        let selection = try CLI.run(["export", "curriculum/igma-femina", "--select", "1.A.1.9"])
        #expect(selection.status == 1)
        #expect(
            selection.stderr.contains("error[CUR806]: the curriculum has no 1.A.1.9; did you mean 1.A.1.1?"),
            "\(selection.stderr)")
        let empty = try CLI.run(["export", "curriculum/igma-femina", "--select", "0.A", "--level", "1"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("the selection holds no exercises at level 1"), "\(empty.stderr)")
        let module = try CLI.run(["export", "curriculum/igma-femina", "--module", "7"])
        #expect(module.status == 1)
        #expect(module.stderr.contains("has no module 7"))
    }

    @Test func pdfWithoutABrowserSaysHowToInstallOne() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("dag.pdf").path
        let output = try CLI.run(
            ["export", "--plan", Self.plan, "--output", target], environment: ["PATH": folder.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("needs a headless Chromium or Google Chrome, and none was found on PATH"))
        #expect(output.stderr.contains("apt-get install chromium"))
        #expect(!FileManager.default.fileExists(atPath: target))
        let given = try CLI.run([
            "export", "--plan", Self.plan, "--output", target, "--browser", "/nonexistent/chromium",
        ])
        #expect(given.status == 1)
        #expect(given.stderr.contains("is not an executable file"))
    }

    // MARK: Independent checks

    /// Parses HTML with html5lib in strict mode and returns its parse errors.
    static func html5libErrors(_ html: String) throws -> String {
        let script = """
            import sys, html5lib
            parser = html5lib.HTMLParser(strict=False)
            parser.parse(sys.stdin.read())
            for position, code, data in parser.errors:
                print(position, code, data)
            """
        let result = try ExternalTool.run(["python3", "-c", script], input: html)
        return result.stdout + (result.status == 0 ? "" : result.stderr)
    }

    @Test(
        .enabled(if: ExternalTool.hasPythonModule("html5lib"), "needs Python's html5lib (pip install html5lib)"),
        arguments: [
            ["export", "--plan", plan],
            ["export", "--plan", plan, "--audience", "participants"],
            ["export", "curriculum/igma-femina", "--booklet"],
            ["export", "Tests/Fixtures/export/escaping", "--select", "1"],
            ["export", "Tests/Fixtures/export/escaping", "--booklet"],
        ])
    func htmlParsesWithoutErrors(arguments: [String]) throws {
        let output = try CLI.run(arguments)
        #expect(output.status == 0, "\(output.stderr)")
        let errors = try Self.html5libErrors(output.stdout)
        #expect(errors.isEmpty, "html5lib found parse errors:\n\(errors)")
        // html5lib finds no script element in the tree either.
        let script =
            "import sys, html5lib\ntree = html5lib.parse(sys.stdin.read(), namespaceHTMLElements=False)\nprint(len(tree.findall('.//script')), len(tree.findall('.//article')), tree.get('lang'))"
        let counts = try ExternalTool.run(["python3", "-c", script], input: output.stdout)
        #expect(counts.stdout.hasPrefix("0 "), "no <script> element: \(counts.stdout)")
    }

    @Test(
        .enabled(
            if: ExternalTool.has("chromium") || ExternalTool.has("chromium-browser")
                || ExternalTool.has("google-chrome"), "needs Chromium or Chrome (apt-get install chromium)"),
        .enabled(
            if: ExternalTool.has("pdfinfo") && ExternalTool.has("pdftotext"),
            "needs poppler's pdfinfo and pdftotext (apt-get install poppler-utils)"))
    func plannedDayToPDF() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("dag.pdf").path
        let output = try CLI.run(["export", "--plan", Self.plan, "--output", target])
        #expect(output.status == 0, "\(output.stderr)")
        let info = try ExternalTool.run(["pdfinfo", target])
        #expect(info.status == 0)
        #expect(info.stdout.contains("Page size:       594.96 x 841.92 pts (A4)"), "A4: \(info.stdout)")
        let pages = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
            Int($0.split(separator: " ").last ?? "")
        }
        // The cover with the agenda, one page per exercise, the checklist, the notes page.
        #expect(pages == 1 + Self.planExercises.count + 1 + 1, "\(info.stdout)")
        func page(_ number: Int) throws -> String {
            try ExternalTool.run(["pdftotext", "-layout", "-f", "\(number)", "-l", "\(number)", target, "-"]).stdout
        }
        let titles = try Self.titles()
        let cover = try page(1)
        #expect(cover.contains("Programma") && cover.contains("dinsdag 9 maart 2027"))
        for (index, id) in Self.planExercises.enumerated() {
            let text = try page(2 + index)
            let title = try #require(titles[id])
            let firstWords = title.split(separator: " ").prefix(3).joined(separator: " ")
            #expect(text.contains("\(id) \(firstWords)"), "page \(2 + index) is exercise \(id)")
            #expect(text.contains("Leerdoelen".uppercased()) || text.contains("LEERDOELEN"))
        }
        let checklist = try page(2 + Self.planExercises.count)
        #expect(checklist.contains("Voorbereiding van de dag"))
        #expect(
            checklist.contains("1.D.1.1 bijlage 1") && checklist.contains("1.C.1.1 bijlage 1")
                && checklist.contains("14"))
        #expect(checklist.contains("12 deelnemers + 2 trainers"))
        #expect(try page(3 + Self.planExercises.count).contains("Notities"))
        // The whole text holds every exercise title in agenda order (each first in the agenda, then on its page).
        let whole = try ExternalTool.run(["pdftotext", target, "-"]).stdout.replacingOccurrences(of: "\n", with: " ")
        let squeezed = whole.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var position = squeezed.startIndex
        for id in Self.planExercises {
            let title = try #require(titles[id])
            let found = try #require(
                squeezed.range(of: "\(id) \(title)", range: position..<squeezed.endIndex),
                "\(id) \(title) in agenda order")
            position = found.upperBound
        }
    }
}
