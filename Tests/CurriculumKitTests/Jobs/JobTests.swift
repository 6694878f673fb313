import Foundation
import Testing

@testable import CurriculumKit

/// The job pipelines, run on files in memory: what each promises its callers, without a process.
@Suite struct JobTests {
    /// The small fixture curriculum under `course/`, and another under `other/` when asked.
    static func files(twoCurricula: Bool = false) throws -> InMemoryFileSystem {
        var files: [String: String] = [:]
        for name in ["curriculum.md", "module-1.md", "annexes.md"] {
            let text = try String(contentsOfFile: Repository.fixture("small-curriculum/" + name), encoding: .utf8)
            files["course/" + name] = text
            if twoCurricula { files["other/" + name] = text }
        }
        return InMemoryFileSystem(files: files)
    }

    // MARK: Unreadable input, defined once

    @Test(arguments: [
        (DiagnosticCode.unreadableFile, true), (.notAFile, true), (.fileTooLarge, true), (.noCurriculum, true),
        (.severalCurricula, true), (.unwritableOutput, true), (.invalidUTF8, false), (.binaryFile, false),
        (.emptyFile, false),
        (.unknownLabel, false), (.notInCurriculum, false),
    ])
    func unreadableInputIsOneSetOfCodes(_ code: DiagnosticCode, _ unreadable: Bool) {
        #expect(code.isUnreadableInput == unreadable)
        #expect(Diagnostic(code, .same("x"), at: nil).isUnreadableInput == unreadable)
        #expect(Diagnostic(code, .same("x"), at: nil, severity: .warning).isUnreadableInput == false)
    }

    // MARK: Finding the curriculum

    @Test func aMissingPathAndSeveralCurriculaAreUnreadableInput() throws {
        let lookup = CurriculumLookup(loader: CurriculumLoader(fileSystem: try Self.files(twoCurricula: true)))
        let missing = lookup.load(["nowhere"], commandLine: "curriculum list")
        #expect(missing.diagnostics.map(\.code) == [.unreadableFile])
        #expect(missing.hasUnreadableInput)
        let several = lookup.load(["."], commandLine: "curriculum list")
        #expect(several.diagnostics.map(\.code) == [.severalCurricula])
        #expect(
            several.diagnostics.first?.hint?.message
                == "name the curriculum folder, for example 'curriculum list course'")
        #expect(lookup.load(["course"], commandLine: "curriculum list").curriculum?.title == "Kleine cursus")
    }

    // MARK: list and show

    @Test func listWritesItsJSON() throws {
        var request = ListRequest()
        request.curriculumPath = "course"
        request.format = .json
        let result = ListJob(fileSystem: try Self.files()).run(request)
        let output = try #require(result.output)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(json["exerciseCount"] as? Int == 2)
        #expect(output.hasSuffix("}\n"))
    }

    @Test func listOfAMissingModuleIsAFinding() throws {
        var request = ListRequest()
        request.curriculumPath = "course"
        request.module = 7
        let result = ListJob(fileSystem: try Self.files()).run(request)
        #expect(result.output == nil)
        #expect(result.diagnostics.map(\.code) == [.notInCurriculum])
        #expect(!result.hasUnreadableInput)
    }

    @Test(arguments: [("1.A.1.1", true), ("1.A", true), ("module 1", true), ("1.A.1.3", false), ("9", false)])
    func showFindsWhatAnIDNames(_ id: String, _ found: Bool) throws {
        var request = ShowRequest(target: try #require(ShowRequest.Target(id)), id: id)
        request.curriculumPath = "course"
        let result = ShowJob(fileSystem: try Self.files()).run(request)
        #expect((result.output != nil) == found)
        #expect(result.diagnostics.map(\.code) == (found ? [] : [.notInCurriculum]))
    }

    @Test func showSuggestsTheNearestID() throws {
        var request = ShowRequest(target: .exercise(try #require(ExerciseID("1.A.1.3"))), id: "1.A.1.3")
        request.curriculumPath = "course"
        let result = ShowJob(fileSystem: try Self.files()).run(request)
        #expect(result.diagnostics.first?.message == "'Kleine cursus' has no 1.A.1.3")
        #expect(result.diagnostics.first?.hint?.message == "did you mean 1.A.1.1?")
    }

    @Test(arguments: ["", "x", "1.", "module"])
    func showRefusesTextThatIsNoID(_ text: String) {
        #expect(ShowRequest.Target(text) == nil)
    }

    // MARK: plan

    @Test func planWritesItsPlanFileThroughTheFileSystemAndNeverOverwrites() throws {
        var request = PlanRequest(source: .selection(["1.A"]))
        request.curriculumPath = "course"
        request.level = 1
        request.planFile = .init(path: "plans/day.plan.md", overwrite: .never, workingDirectory: "/work")
        let job = PlanJob(fileSystem: try Self.files())
        let first = job.run(request)
        #expect(first.writtenPlanFile == "plans/day.plan.md")
        #expect(first.output.contains("1.A.1.1"))
        #expect(first.succeeded)

        var files = try Self.files()
        #expect(files.write(Array("mine".utf8), to: "plans/day.plan.md", overwrite: .never).isSuccess)
        let second = PlanJob(fileSystem: files).run(request)
        #expect(second.writtenPlanFile == nil)
        #expect(second.diagnostics.map(\.code) == [.outputExists])
        #expect(!second.succeeded)
    }

    @Test func aPlanFileNamesItsCurriculumRelativeToItself() {
        #expect(RelativePath.from("/work/plans", to: "/work/course") == "../course")
        #expect(RelativePath.from("/work", to: "/work") == ".")
        #expect(RelativePath.absolute("a/b", in: "/w") == "/w/a/b")
    }

    @Test func aSelectionThatCannotBeMadeIsAProblemNotAFinding() throws {
        let job = PlanJob(fileSystem: try Self.files())
        var unreadable = PlanRequest(source: .selection(["x"]))
        unreadable.curriculumPath = "course"
        #expect(job.run(unreadable).problem == .selection(.unreadable("x")))
        var unknown = PlanRequest(source: .selection(["9.Z"]))
        unknown.curriculumPath = "course"
        let result = job.run(unknown)
        guard case .selection(.unknown) = result.problem else {
            Issue.record("expected an unknown selection, got \(String(describing: result.problem))")
            return
        }
        #expect(result.diagnostics.isEmpty)
        #expect(result.output.isEmpty)
    }

    // MARK: export

    @Test func aBookletOfAMissingModuleIsAFinding() throws {
        let request = ExportRequest(source: .booklet(curriculumPath: "course", module: 7, level: nil))
        let result = ExportJob(fileSystem: try Self.files()).run(request)
        #expect(result.rendered == nil)
        #expect(result.diagnostics.map(\.message) == ["'Kleine cursus' has no module 7"])
    }

    @Test(arguments: [("a.HTM", ExportRequest.Format.html), ("a.markdown", .md), ("a.text", .txt), ("a.pdf", .pdf)])
    func theFormatFollowsTheFileName(_ name: String, _ format: ExportRequest.Format) {
        #expect(ExportRequest.Format(fileName: name) == format)
    }

    @Test func aFileNameWithoutAKnownExtensionAsksForNoFormat() {
        #expect(ExportRequest.Format(fileName: "handout") == nil)
        #expect(ExportRequest.Format(fileName: "handout.docx") == nil)
    }
}

extension Result where Success == Void {
    fileprivate var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
