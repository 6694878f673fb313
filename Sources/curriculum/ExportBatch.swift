import CurriculumKit

/// `export --plan A --plan B --output-dir DIR`: one handout per plan, each named after its plan
/// file, all written or none. Every output is checked before any work; every plan is exported
/// before anything is written; PDFs are printed by one browser started once.
enum ExportBatch {
    /// `--output` and `--output-dir` together, several plans without a folder, or a folder
    /// without `--plan`: refused before any work.
    static func checkOutputs(_ arguments: ParsedArguments, plans: [String]) throws(UsageError) {
        let folder = arguments.value(ExportOptions.outputFolder)
        if folder != nil, arguments.value(ExportOptions.output) != nil {
            throw arguments.usage(
                en: "give --output FILE or --output-dir FOLDER, not both",
                nl: "geef --output BESTAND of --output-dir MAP, niet allebei")
        }
        if folder != nil, plans.isEmpty {
            throw arguments.usage(
                en:
                    "--output-dir goes with --plan (one file per plan); a selection or booklet is one file: use --output",
                nl:
                    "--output-dir hoort bij --plan (één bestand per plan); een selectie of naslagboekje is één bestand: gebruik --output"
            )
        }
        if plans.count > 1, folder == nil {
            throw arguments.usage(
                en: "several plans need --output-dir FOLDER, which gets one file per plan",
                nl: "voor meer plannen is --output-dir MAP nodig, met daarin één bestand per plan")
        }
    }

    /// The file each plan's handout goes to (`HandoutOutputs`); two plans on one file are a usage error.
    static func outputs(
        plans: [String], folder: String, format: ExportRequest.Format, arguments: ParsedArguments
    ) throws(UsageError) -> [String] {
        switch HandoutOutputs.paths(forPlans: plans, in: folder, format: format, fileSystem: LocalFileSystem()) {
        case .success(let paths): return paths
        case .failure(let clash):
            throw arguments.usage(
                en:
                    "the plans '\(clash.firstPlan)' and '\(clash.secondPlan)' would both be written to '\(clash.file)'; export them one call each",
                nl:
                    "de plannen '\(clash.firstPlan)' en '\(clash.secondPlan)' zouden allebei naar '\(clash.file)' gaan; exporteer ze apart"
            )
        }
    }

    static func run(
        _ request: ExportRequest, plans: [String], folder: String, arguments: ParsedArguments, console: Console
    ) -> Int32 {
        let outputs: [String]
        do throws(UsageError) {
            outputs = try Self.outputs(plans: plans, folder: folder, format: request.format, arguments: arguments)
        } catch {
            console.usage(error)
            return ExitStatus.usage
        }
        let overwrite: Overwrite = arguments.isSet(ExportOptions.force) ? .allowed : .never
        var disk = LocalFileSystem()
        // Refused before any work is done: an existing file is never replaced without --force.
        let clashes = outputs.filter { overwrite == .never && disk.exists($0) }
        if !clashes.isEmpty {
            console.report(
                clashes.map { FileWriteError.exists.diagnostic(path: $0, alternative: .anotherOutputFolder) })
            return ExitStatus.failure
        }
        // Every plan exported before anything is written: one that fails leaves no file at all.
        var rendered: [String] = []
        var filesRead: [String] = []
        var status = ExitStatus.success
        for plan in plans {
            var one = request
            one.source = .plan(console.displayPath(plan))
            let result = ExportJob(fileSystem: disk).run(one)
            console.report(result.diagnostics, sources: result.sources)
            filesRead += result.filesRead
            if let text = result.rendered, result.succeeded {
                rendered.append(text)
            } else {
                status = max(status, result.hasUnreadableInput ? ExitStatus.usage : ExitStatus.failure)
            }
        }
        guard status == ExitStatus.success else { return status }
        let guarded = outputs.compactMap {
            OutputGuard.clash($0, option: "--output-dir", filesRead: filesRead, in: disk)
        }
        if !guarded.isEmpty {
            console.report(guarded)
            return ExitStatus.usage
        }
        var files = rendered.map { Array($0.utf8) }
        if request.format == .pdf {
            let browser = BrowserPrinter.find(
                given: arguments.value(ExportOptions.browser), environment: console.environment)
            if case .success(let found) = browser, let warning = found.sandboxOff { console.report([warning]) }
            switch browser.flatMap({ $0.printPDFs(pages: rendered) }) {
            case .success(let pdfs): files = pdfs
            case .failure(let failure):
                console.report([failure.diagnostic])
                return ExitStatus.failure
            }
        }
        return write(files, to: outputs, folder: folder, overwrite: overwrite, disk: &disk, console: console)
    }

    /// A new folder is written whole (`writeFolder`); into an existing one, each file atomically.
    private static func write(
        _ files: [[UInt8]], to outputs: [String], folder: String, overwrite: Overwrite, disk: inout LocalFileSystem,
        console: Console
    ) -> Int32 {
        if !disk.exists(folder) {
            let named = Dictionary(
                zip(outputs, files).map { (String($0.0.split(separator: "/").last ?? ""), $0.1) },
                uniquingKeysWith: { first, _ in first })
            if case .failure(let failure) = disk.writeFolder(named, to: folder, overwrite: .never) {
                console.report([failure.diagnostic(path: folder, alternative: .anotherOutputFolder)])
                return ExitStatus.failure
            }
            return ExitStatus.success
        }
        for (output, bytes) in zip(outputs, files) {
            if case .failure(let failure) = disk.write(bytes, to: output, overwrite: overwrite) {
                let diagnostic = failure.diagnostic(path: output, alternative: .anotherOutputFolder)
                console.report([diagnostic])
                return diagnostic.isUnreadableInput ? ExitStatus.usage : ExitStatus.failure
            }
        }
        return ExitStatus.success
    }
}
