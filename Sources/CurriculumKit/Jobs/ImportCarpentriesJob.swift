/// `import carpentries`: reads a Carpentries Workbench lesson and writes it as a curriculum folder,
/// whole or not at all.
public struct ImportCarpentriesJob: Sendable {
    /// Where the lesson is read and the curriculum written.
    public var fileSystem: any FileSystem

    /// A job on `fileSystem` (the disk by default).
    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Reads the lesson; when it has no errors, writes the curriculum as one folder (a temporary
    /// folder renamed into place). An existing output folder is replaced only with `force`, and
    /// never when it is, or holds, the lesson itself.
    public mutating func run(_ request: ImportCarpentriesRequest) -> ImportCarpentriesResult {
        var result = ImportCarpentriesResult()
        let read = CarpentriesLessonReader(fileSystem: fileSystem).read(folder: request.lesson)
        result.diagnostics = read.diagnostics
        result.sources = read.sources
        guard let lesson = read.lesson else { return result }
        result.lesson = lesson
        if let code = lesson.language, Language(code: code.lowercased()) == nil {
            result.diagnostics.append(
                .unsupportedLanguage(
                    code,
                    at: SourceLocation(
                        file: fileSystem.join(request.lesson, CarpentriesLessonReader.configName), line: 1, column: 1)))
        }
        if let lessonPath = fileSystem.canonicalPath(request.lesson),
            let outputPath = fileSystem.canonicalPath(request.output),
            lessonPath == outputPath || lessonPath.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/")
        {
            result.diagnostics.append(.outputHoldsLesson(request.output))
            return result
        }
        let files = CarpentriesCurriculumWriter(lesson: lesson).files
        let overwrite: Overwrite = request.force ? .allowed : .never
        if case .failure(let failure) = fileSystem.writeFolder(
            files.mapValues { Array($0.utf8) }, to: request.output, overwrite: overwrite)
        {
            result.diagnostics.append(failure.diagnostic(path: request.output, alternative: .anotherOutput))
            return result
        }
        result.written = request.output
        result.files = files.keys.sorted()
        return result
    }
}

extension Diagnostic {
    fileprivate static func unsupportedLanguage(_ code: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .unsupportedLessonLanguage,
            en:
                "the lesson's language is '\(code)'; the curriculum gets English labels and keeps the episodes' text as written",
            nl:
                "de taal van de les is '\(code)'; het curriculum krijgt Engelse labels en houdt de tekst van de episodes zoals die is",
            at: location)
    }

    fileprivate static func outputHoldsLesson(_ output: String) -> Diagnostic {
        Diagnostic(
            .unwritableOutput, en: "'\(output)' is the lesson itself or holds it; importing would replace the lesson",
            nl: "'\(output)' is de les zelf of bevat haar; importeren zou de les vervangen",
            at: nil,
            hint: FixHint(en: "choose an --output folder outside the lesson", nl: "kies een --output-map buiten de les")
        )
    }
}
