import Foundation
import Testing

@testable import CurriculumKit

/// `import carpentries` in memory: the curriculum written reads back as the lesson, and bad input
/// writes nothing.
@Suite struct ImportCarpentriesJobTests {
    static let config = """
        carpentry: 'swc'
        title: 'A Small Lesson'
        episodes:
        - 01-first.md
        - 02-second.md
        lang: en
        """

    static let first = """
        ---
        title: First Steps
        teaching: 15
        exercises: 10
        ---

        ::::: questions
        - Where do I start?
        :::::

        ::::: objectives
        - Name the first steps.
        - Take them.
        :::::

        ::::: keypoints
        - Start small.
        :::::
        """

    static let second = "---\ntitle: 'Second: <!-- not a comment'\n---\n\nNo divs and no timings.\n"

    static func lesson(_ overrides: [String: String] = [:]) -> InMemoryFileSystem {
        var files = [
            "lesson/config.yaml": config, "lesson/episodes/01-first.md": first, "lesson/episodes/02-second.md": second,
            "lesson/LICENSE.md": "CC-BY 4.0, The Carpentries\n",
        ]
        for (path, text) in overrides { files[path] = text }
        return InMemoryFileSystem(files: files)
    }

    static func run(_ fileSystem: InMemoryFileSystem, force: Bool = false, output: String = "out") -> (
        ImportCarpentriesResult, InMemoryFileSystem
    ) {
        var job = ImportCarpentriesJob(fileSystem: fileSystem)
        let result = job.run(ImportCarpentriesRequest(lesson: "lesson", output: output, force: force))
        return (result, job.fileSystem as? InMemoryFileSystem ?? InMemoryFileSystem())
    }

    @Test func theCurriculumReadsBackAsTheLesson() throws {
        let (result, written) = Self.run(Self.lesson())
        #expect(result.written == "out")
        #expect(result.files == ["LICENSE.md", "README.md", "curriculum.md", "module-1.md"])
        #expect(result.diagnostics.map(\.code) == [.episodeWithoutTimings])
        let loaded = CurriculumLoader(fileSystem: written).load(folder: "out")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.message))")
        let curriculum = try #require(loaded.curriculum)
        #expect(curriculum.title == "A Small Lesson")
        #expect(curriculum.language == .english)
        #expect(curriculum.modules.map(\.title) == ["A Small Lesson"])
        let exercises = curriculum.exercises
        #expect(exercises.map(\.id.description) == ["1.A.1", "1.A.2"])
        #expect(exercises.map(\.title) == ["First Steps", "Second: &lt;!-- not a comment"])
        #expect(exercises[0].goals.map(\.text) == ["Name the first steps.", "Take them."])
        #expect(exercises.map { $0.duration?.value } == [Duration(minutes: 25), Duration(minutes: 5)])
        #expect(exercises[0].procedure.map(\.duration) == [Duration(minutes: 15), Duration(minutes: 10)])
        #expect(exercises[1].procedure.map(\.duration) == [Duration(minutes: 5), Duration(minutes: 0)])
        let notes = exercises[0].notes.plainText
        for part in ["episodes/01-first.md", "Where do I start?", "Start small."] {
            #expect(notes.contains(part), "\(part) in \(notes)")
        }
        #expect(exercises[1].notes.plainText.contains("episodes/02-second.md"))
        #expect(written.files["out/LICENSE.md"] == Array("CC-BY 4.0, The Carpentries\n".utf8))
    }

    @Test func theWrittenFilesAreInTheCanonicalLayout() throws {
        let (_, written) = Self.run(Self.lesson())
        for (name, role) in [("curriculum.md", FileRole.manifest), ("module-1.md", .module)] {
            let bytes = try #require(written.files["out/" + name])
            let source = try SourceText.decode(bytes, path: name).get()
            #expect(Formatter(language: .english).format(source, role: role) == String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func aDutchLessonGetsDutchLabels() throws {
        let (result, written) = Self.run(
            Self.lesson(["lesson/config.yaml": Self.config.replacing("lang: en", with: "lang: nl")]))
        #expect(result.written == "out")
        let module = String(decoding: written.files["out/module-1.md"] ?? [], as: UTF8.self)
        #expect(module.contains("Leerdoelen:\n- Name the first steps."))
        #expect(module.contains("Duur: 25 min"))
        #expect(module.contains("1. Uitleg (15 min)"))
        let curriculum = try #require(CurriculumLoader(fileSystem: written).load(folder: "out").curriculum)
        #expect(curriculum.language == .dutch)
        #expect(curriculum.exercises.first?.duration?.value == Duration(minutes: 25))
    }

    @Test func anotherLanguageIsWrittenInEnglishWithAWarning() {
        let (result, written) = Self.run(
            Self.lesson(["lesson/config.yaml": Self.config.replacing("lang: en", with: "lang: es")]))
        #expect(result.written == "out")
        #expect(result.diagnostics.map(\.code).contains(.unsupportedLessonLanguage))
        #expect(String(decoding: written.files["out/curriculum.md"] ?? [], as: UTF8.self).contains("Language: en"))
    }

    @Test(arguments: [
        ("empty config", ["lesson/config.yaml": ""], DiagnosticCode.emptyFile),
        ("binary config", ["lesson/config.yaml": "title: x\0\n"], .binaryFile),
        ("no episodes", ["lesson/config.yaml": "title: 'A'\nepisodes:\nlang: en\n"], .lessonWithoutEpisodes),
        ("episodes empty", ["lesson/config.yaml": "title: 'A'\n"], .lessonWithoutEpisodes),
        ("episodes a scalar", ["lesson/config.yaml": "title: A\nepisodes: 01-first.md\n"], .invalidLessonField),
        ("no title", ["lesson/config.yaml": "episodes:\n- 01-first.md\n"], .invalidLessonField),
        ("flow list", ["lesson/config.yaml": "title: A\nepisodes: [01-first.md]\n"], .yamlOutsideSubset),
        ("a path", ["lesson/config.yaml": "title: A\nepisodes:\n- ../01-first.md\n"], .invalidLessonField),
        (
            "missing episode", ["lesson/config.yaml": "title: A\nepisodes:\n- 01-first.md\n- 03-gone.md\n"],
            .unreadableFile
        ),
        ("empty episode", ["lesson/episodes/02-second.md": "\n"], .emptyFile),
        ("binary episode", ["lesson/episodes/02-second.md": "---\0"], .binaryFile),
        ("no front matter", ["lesson/episodes/02-second.md": "# Second\n"], .episodeWithoutFrontMatter),
    ])
    func badInputWritesNothing(_ name: String, overrides: [String: String], code: DiagnosticCode) {
        let (result, written) = Self.run(Self.lesson(overrides))
        #expect(result.diagnostics.map(\.code).contains(code), "\(name): \(result.diagnostics.map(\.message))")
        #expect(result.hasErrors, "\(name)")
        #expect(result.written == nil)
        #expect(!written.files.keys.contains { $0.hasPrefix("out") }, "\(name)")
        #expect(written.kind(of: "out") == .missing)
    }

    /// Found by the fuzz target in CI: a key point that names an exercise (`exercise 1.C.2.1`) was
    /// written as it stood, and `check` reported the curriculum it had just written.
    @Test func anExerciseIDInTheLessonsTextGoesInBackticks() throws {
        let episode = """
            ---
            title: Exercise 1.A.1.1 stays in the heading
            ---

            ::::: objectives
            - Redo exercise 1.A.1 of another lesson.
            :::::

            ::::: keypoints
            - Define a function as exercise 1.C.2.1 (module 1) does.
            - Zie Oefeningen 2.B.1.1 en 2.B.1.2, or exercise 3 and exercises.
            :::::
            """
        let (result, written) = Self.run(Self.lesson(["lesson/episodes/01-first.md": episode]))
        #expect(result.written == "out")
        let module = String(decoding: try #require(written.files["out/module-1.md"]), as: UTF8.self)
        #expect(module.contains("### 1.A.1 Exercise 1.A.1.1 stays in the heading\n"))
        #expect(module.contains("- Redo exercise `1.A.1` of another lesson.\n"))
        #expect(module.contains("  - Define a function as exercise `1.C.2.1` (module 1) does.\n"))
        #expect(module.contains("  - Zie Oefeningen `2.B.1.1` en `2.B.1.2`, or exercise 3 and exercises.\n"))
        let report = Checker(loader: CurriculumLoader(fileSystem: written)).check(paths: ["out"])
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics.map(\.message))")
    }

    @Test func aMissingEpisodeIsReportedWhereConfigListsIt() throws {
        let config = "title: A\nepisodes:\n- 01-first.md\n- 03-gone.md\n"
        let (result, _) = Self.run(Self.lesson(["lesson/config.yaml": config]))
        let diagnostic = try #require(result.diagnostics.first { $0.code == .unreadableFile })
        #expect(diagnostic.location == SourceLocation(file: "lesson/config.yaml", line: 4, column: 1))
        #expect(diagnostic.message.contains("lesson/episodes/03-gone.md"))
    }

    @Test(arguments: [
        (InMemoryFileSystem(files: ["other/readme.md": "x"]), "lesson", DiagnosticCode.unreadableFile),
        (InMemoryFileSystem(files: ["lesson/episodes/01.md": "x"]), "lesson", .notALesson),
        (InMemoryFileSystem(files: ["lesson": "a file"]), "lesson", .notALesson),
    ])
    func aFolderThatIsNoLessonIsRefused(_ fileSystem: InMemoryFileSystem, path: String, code: DiagnosticCode) {
        let (result, written) = Self.run(fileSystem)
        #expect(result.diagnostics.map(\.code) == [code])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
        #expect(written.kind(of: "out") == .missing)
    }

    @Test func anExistingOutputIsReplacedOnlyWithForce() {
        var fileSystem = Self.lesson()
        fileSystem.files["out/mine.md"] = Array("keep me".utf8)
        let (refused, untouched) = Self.run(fileSystem)
        #expect(refused.diagnostics.map(\.code) == [.episodeWithoutTimings, .outputExists])
        #expect(refused.written == nil)
        #expect(untouched.files.keys.filter { $0.hasPrefix("out/") } == ["out/mine.md"])
        let (forced, replaced) = Self.run(fileSystem, force: true)
        #expect(forced.written == "out")
        #expect(replaced.files["out/mine.md"] == nil)
        #expect(replaced.files["out/module-1.md"] != nil)
    }

    @Test func theLessonItselfIsNeverTheOutput() {
        let fileSystem = Self.lesson()
        for output in ["lesson", "."] {
            let (result, written) = Self.run(fileSystem, force: true, output: output)
            #expect(result.diagnostics.map(\.code).contains(.unwritableOutput), "\(output)")
            #expect(written.files == fileSystem.files, "\(output)")
        }
    }
}

/// Whatever the lesson holds, the import writes a curriculum that checks without errors, or
/// nothing at all.
@Suite struct ImportCarpentriesPropertyTests {
    static let awkward = [
        "---\ntitle: '   '\n---\n", "---\ntitle: \"a\\ttab\"\nteaching: 0\nexercises: 0\n---\n",
        "---\ntitle: '<!-- open'\n---\n::: objectives\n- <!-- x -->\n- Duur: 5 min\n:::\n",
        "---\ntitle: '#### 1.A.1.1 Fake heading'\nteaching: 1440\nexercises: 1440\n---\n",
        "---\ntitle: x\n---\n::: keypoints\n- -->\n-   \n  continued\n::: questions\n- nested\n:::\n:::\n",
        "---\ntitle: x\n---\n::: objectives\n```\n:::\n", "---\ntitle: 'Leerdoelen: x'\n---\n:::\n:::\n",
        "---\ntitle: '- item'\nobjectives:\n- 1. numbered (15 min)\n---\n",
        "---\ntitle: x\n---\n::: objectives\n- See exercises 9.Z.9.9, 9.Z.9.8 and 1.A.1.\n:::\n",
        "---\ntitle: x\n---\n::: questions\n- Oefening 2.B.1.1 en 2.B.1.2?\n- `code exercise 1.C.2.1`\n:::\n",
    ]

    static var inputs: [[UInt8]] {
        let folder = Repository.root.appendingPathComponent("Tests/Fixtures/bad-input")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.sorted().compactMap {
            FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)
        }
        return files.map { Array($0) } + awkward.map { Array($0.utf8) }
    }

    @Test func everyInputImportsCleanOrNotAtAll() {
        let inputs = Self.inputs
        #expect(inputs.count > 20)
        var written = 0
        for input in inputs {
            let config = Array("title: Lesson\nepisodes:\n- 01-a.md\n".utf8)
            let episode = Array("---\ntitle: A\nteaching: 5\nexercises: 5\n---\n".utf8)
            for files in [
                ["lesson/config.yaml": input, "lesson/episodes/01-a.md": episode],
                ["lesson/config.yaml": config, "lesson/episodes/01-a.md": input],
                ["lesson/config.yaml": config, "lesson/episodes/01-a.md": episode + input],
            ] {
                var job = ImportCarpentriesJob(fileSystem: InMemoryFileSystem(bytes: files))
                let result = job.run(ImportCarpentriesRequest(lesson: "lesson", output: "out"))
                let fileSystem = job.fileSystem as? InMemoryFileSystem ?? InMemoryFileSystem()
                guard result.written != nil else {
                    #expect(result.hasErrors)
                    #expect(fileSystem.kind(of: "out") == .missing)
                    continue
                }
                written += 1
                let report = Checker(loader: CurriculumLoader(fileSystem: fileSystem)).check(paths: ["out"])
                let errors = report.diagnostics.filter { $0.severity == .error }
                #expect(errors.isEmpty, "\(String(decoding: input, as: UTF8.self)): \(errors.map(\.message))")
            }
        }
        #expect(written > 10)
    }
}
