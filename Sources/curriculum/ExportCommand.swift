import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `curriculum export`: trainer and participant handouts of a plan or a selection, and reference
/// booklets of a curriculum or module, as HTML, PDF (through a headless Chromium), Markdown or
/// plain text.
enum ExportCommand: Subcommand {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Export a handout or a reference booklet as HTML, PDF, Markdown or text.",
        discussion: """
              What to export: a plan (--plan FILE, which names its curriculum), a selection laid out
              as 'plan --select' lays it out (--select 1.A --level 1, with the same options), or a
              reference booklet of the whole curriculum (--booklet, the default) or of one module
              (--module N).
              A handout has a cover, the timed agenda, one page per exercise in agenda order, a
              preparation checklist with the copies to print, and a notes page;
              '--audience participants' leaves out trainer instructions and feedback.

              The format is --format, or the --output file's extension, or html. HTML, Markdown and text
              go to standard output without --output. PDF is printed by a headless Chromium or Chrome
              (found on PATH or given with --browser) and needs --output or --output-dir. An existing file is
              never replaced without --force; files are written atomically.

              Several plans at once: repeat --plan and give --output-dir FOLDER; each handout goes to
              FOLDER/<plan file name>.<format> (dinsdag.plan.md gives dinsdag.pdf). Every plan is exported,
              and for PDF printed by one browser started once, before any file is written: one plan that
              fails leaves no file at all. --output-dir goes with --plan only.
            """,
        arguments: [
            ArgumentSpec(
                name: "path",
                help:
                    "A curriculum folder, for --select and booklets (default: the nearest curriculum upwards, else ./curriculum).",
                completion: .directory)
        ],
        options: ExportOptions.all,
        examples: [
            "curriculum export --plan plans/dinsdag.plan.md --output dinsdag.pdf",
            "curriculum export --plan plans/maandag.plan.md --plan plans/dinsdag.plan.md --format pdf --output-dir handouts",
            "curriculum export curriculum/igma-femina --select 1.A --level 1 --date 2027-03-09 --participants 12 --trainers 2 --format md",
            "curriculum export curriculum/igma-femina --module 1 --output module-1.html",
            "curriculum export --plan plans/dinsdag.plan.md --audience participants --format txt",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let request: ExportRequest
        do throws(UsageError) {
            request = try ExportOptions.request(arguments, console: console)
        } catch {
            console.usage(error)
            return ExitStatus.usage
        }
        if let folder = arguments.value(ExportOptions.outputFolder) {
            let plans = arguments.all(ExportOptions.plan)
            return ExportBatch.run(request, plans: plans, folder: folder, arguments: arguments, console: console)
        }
        let output = arguments.value(ExportOptions.output)
        let overwrite: Overwrite = arguments.isSet(ExportOptions.force) ? .allowed : .never
        let disk = LocalFileSystem()
        // Refused before any work is done: an existing file is never replaced without --force.
        if let output, overwrite == .never, disk.exists(output) {
            console.report([FileWriteError.exists.diagnostic(path: output, alternative: .anotherOutput)])
            return ExitStatus.failure
        }
        let result = ExportJob(fileSystem: disk).run(request)
        console.report(result.diagnostics, sources: result.sources)
        guard let rendered = result.rendered, result.succeeded else {
            return result.hasUnreadableInput ? ExitStatus.usage : ExitStatus.failure
        }
        if let output, let clash = OutputGuard.clash(output, option: "--output", filesRead: result.filesRead, in: disk)
        {
            console.report([clash])
            return ExitStatus.usage
        }
        var bytes = Array(rendered.utf8)
        if request.format == .pdf {
            let browser = BrowserPrinter.find(
                given: arguments.value(ExportOptions.browser), environment: console.environment)
            if case .success(let found) = browser, let warning = found.sandboxOff { console.report([warning]) }
            let printed = browser.flatMap { $0.printPDF(html: rendered) }
            switch printed {
            case .success(let pdf): bytes = Array(pdf)
            case .failure(let failure):
                console.report([failure.diagnostic])
                return ExitStatus.failure
            }
        }
        guard let output else {
            console.out(rendered)
            return ExitStatus.success
        }
        if case .failure(let failure) = disk.write(bytes, to: output, overwrite: overwrite) {
            let diagnostic = failure.diagnostic(path: output, alternative: .anotherOutput)
            console.report([diagnostic])
            return diagnostic.isUnreadableInput ? ExitStatus.usage : ExitStatus.failure
        }
        return ExitStatus.success
    }
}
