import Foundation
import Testing

/// `curriculum check` end to end: output formats read by independent parsers, options, exit codes,
/// paths, and the shipped curriculum.
@Suite struct CheckCommandTests {
    static let checkFixtures = CLI.fixtures.appendingPathComponent("check")
    static let schema = CLI.fixtures.appendingPathComponent("sarif/sarif-schema-2.1.0.json")

    /// Runs `check` on the broken fixture from Tests/Fixtures/check, so paths read `broken/…`.
    static func checkBroken(_ options: [String]) throws -> CLI.Output {
        try CLI.run(["check"] + options + ["broken"], in: checkFixtures)
    }

    // MARK: Formats

    @Test func githubFormatFollowsTheWorkflowCommandSyntaxAndEndsWithASummary() throws {
        let output = try Self.checkBroken(["--format", "github"])
        let expected = """
            ::error file=Tests/Fixtures/check/broken/annexes.md,line=3,col=3,endColumn=19,title=CUR403::the file of `1.A.1.1 bijlage 1` lies outside the curriculum folder: <../buiten.pdf> uses `..`%0Ahelp: move the file into the curriculum folder and name it relative to it
            ::warning file=Tests/Fixtures/check/broken/annexes.md,line=3,col=3,endColumn=19,title=CUR406::no exercise references `1.A.1.1 bijlage 1`%0Ahelp: list it under the annexes of exercise 1.A.1.1, or remove it from the catalogue
            ::error file=Tests/Fixtures/check/broken/module-1.md,line=12,col=7,endColumn=12,title=CUR306::the timed steps of exercise 1.A.1.1 add up to 45 min, more than its duration '30 min' (30 min)%0Ahelp: correct the step times, or set the duration to at least 45 min
            ::error file=Tests/Fixtures/check/broken/module-1.md,line=21,col=3,endColumn=19,title=CUR401::`1.A.1.1 bijlage 2` is not in the annex catalogue — did you mean `1.A.1.1 bijlage 1` "Rollen, taken: 100%25 helder"?%0Ahelp: write `1.A.1.1 bijlage 1`, or add `1.A.1.1 bijlage 2` to annexes.md
            ::error file=Tests/Fixtures/check/broken/module-1.md,line=23,col=1,endColumn=12,title=CUR211::exercise 1.A.1.3 has no learning goals%0Ahelp: add `Leerdoelen:` with at least one goal, as a list item
            ::warning file=Tests/Fixtures/check/broken/module-1.md,line=23,col=6,endColumn=12,title=CUR203::exercise 1.A.1.3 has no exercise before it numbered 1.A.1.2 in level 1 of topic 1.A%0Ahelp: renumber it 1.A.1.2, or add the missing exercise
            ::warning file=Tests/Fixtures/check/broken/module-1.md,line=25,col=7,endColumn=12,title=CUR305::exercise 1.A.1.3 lasts '90 uur' (5400 min), longer than a course day of 480 min%0Ahelp: check the unit (`min` or `uur`), or split the exercise over several sessions
            ::error file=Tests/Fixtures/check/broken/module-1.md,line=28,col=17,endColumn=23,title=CUR501::the text refers to exercise 1.A.1.9, which this curriculum does not have — did you mean 1.A.1.1?%0Ahelp: write 1.A.1.1
            ::notice title=curriculum check::5 errors, 3 warnings in 3 files

            """
        #expect(output.stdout == expected)
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("5 errors, 3 warnings in 3 files"))
    }

    @Test func githubFormatEscapesPropertiesInPaths() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let odd = folder.appendingPathComponent("cursus, 100%")
        try FileManager.default.copyItem(at: Self.checkFixtures.appendingPathComponent("broken"), to: odd)
        let output = try CLI.run(["check", "--format", "github", "--select", "CUR501", "cursus, 100%"], in: folder)
        #expect(
            output.stdout.hasPrefix(
                "::error file=cursus%2C 100%25/module-1.md,line=28,col=17,endColumn=23,title=CUR501::the text refers to exercise 1.A.1.9, which this curriculum does not have — did you mean 1.A.1.1?%0Ahelp: write 1.A.1.1\n::notice title=curriculum check::1 error, 0 warnings in "
            ), "no .git above a temporary folder: paths stay relative to the working directory")
    }

    @Test(
        .enabled(if: ExternalTool.hasPythonModule("jsonschema"), "needs Python's jsonschema (pip install jsonschema)"))
    func sarifPassesTheSchemaValidator() throws {
        let output = try Self.checkBroken(["--format", "sarif"])
        #expect(output.status == 1)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            log = json.load(sys.stdin)
            jsonschema.Draft4Validator.check_schema(schema)
            jsonschema.Draft4Validator(schema).validate(log)
            run = log["runs"][0]
            rules = run["tool"]["driver"]["rules"]
            for result in run["results"]:
                assert rules[result["ruleIndex"]]["id"] == result["ruleId"], result
            print(len(run["results"]), len(rules))
            """
        let result = try ExternalTool.run(["python3", "-c", script, Self.schema.path], input: output.stdout)
        #expect(result.status == 0, "\(result.stderr)")
        let counts = result.stdout.split(separator: " ").compactMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #expect(counts.first == 8)
        #expect((counts.last ?? 0) >= 50)
    }

    @Test func sarifListsEveryRuleWithItsDescriptions() throws {
        let output = try Self.checkBroken(["--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        for code in ["CUR001", "CUR101", "CUR201", "CUR302", "CUR306", "CUR401", "CUR501", "CUR601", "CUR901"] {
            #expect(ids.contains(code))
        }
        for rule in rules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["fullDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["help"] as? [String: Any])?["text"] is String)
            #expect(rule["name"] is String)
        }
        let results = try #require(run["results"] as? [[String: Any]])
        let unresolved = try #require(results.first { $0["ruleId"] as? String == "CUR401" })
        #expect(unresolved["level"] as? String == "error")
        let location = try #require(
            (unresolved["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "Tests/Fixtures/check/broken/module-1.md")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let base = try #require((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])
        #expect(base["uri"] as? String == "file://" + CLI.root.standardizedFileURL.path + "/")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 21)
        #expect(region["startColumn"] as? Int == 3)
        #expect(region["endColumn"] as? Int == 20)
    }

    @Test(.enabled(if: ExternalTool.has("python3"), "needs python3 for its xml.etree parser"))
    func junitParsesWithPythonsXMLParser() throws {
        let output = try Self.checkBroken(["--format", "junit"])
        #expect(output.status == 1)
        let script = """
            import sys, xml.etree.ElementTree as ET
            root = ET.fromstring(sys.stdin.read())
            assert root.tag == "testsuites", root.tag
            for suite in root.findall("testsuite"):
                cases = suite.findall("testcase")
                assert int(suite.get("tests")) == len(cases)
                assert int(suite.get("failures")) == len([c for c in cases if c.find("failure") is not None])
                for case in cases:
                    failure = case.find("failure")
                    state = "fail" if failure is not None else "pass"
                    print(suite.get("name"), case.get("name").split()[0], state, failure.get("message") if failure is not None else "")
            """
        let result = try ExternalTool.run(["python3", "-c", script], input: output.stdout)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("broken/curriculum.md check pass "))
        #expect(lines.contains("broken/annexes.md CUR406 pass "))
        #expect(
            lines.contains {
                $0.hasPrefix("broken/module-1.md CUR401 fail `1.A.1.1 bijlage 2` is not in the annex catalogue")
                    && $0.contains("100% helder")
            })
        #expect(lines.filter { $0.contains(" fail ") }.count == 5)
    }

    @Test func junitCountsWarningsAsFailuresUnderStrict() throws {
        let output = try Self.checkBroken(["--format", "junit", "--strict"])
        #expect(
            output.stdout.contains("<testsuites name=\"curriculum check\" tests=\"9\" failures=\"8\" errors=\"0\">"))
    }

    @Test func jsonParsesWithFoundation() throws {
        let output = try Self.checkBroken(["--format", "json"])
        #expect(output.status == 1)
        #expect(output.stderr.isEmpty)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["errors"] == 5)
        #expect(summary["warnings"] == 3)
        #expect(summary["files"] == 3)
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 8)
        let unresolved = try #require(diagnostics.first { $0["code"] as? String == "CUR401" })
        #expect(unresolved["file"] as? String == "broken/module-1.md")
        #expect(unresolved["line"] as? Int == 21)
        #expect(unresolved["column"] as? Int == 3)
        #expect(unresolved["severity"] as? String == "error")
        #expect(unresolved["replacement"] as? String == "1.A.1.1 bijlage 1")
        #expect(unresolved["name"] as? String == "unresolved-annex")
    }

    @Test(arguments: ["json", "sarif", "junit", "github", "gitlab"])
    func machineFormatsAreCompleteOnACleanRun(_ format: String) throws {
        let output = try CLI.run(["check", "--format", format, "curriculum/igma-femina"])
        #expect(output.status == 0)
        switch format {
        case "json", "sarif": #expect(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) is [String: Any])
        case "junit": #expect(output.stdout.hasSuffix("</testsuites>\n"))
        case "gitlab": #expect(output.stdout == "[\n\n]\n")
        default: #expect(output.stdout.hasPrefix("::notice title=curriculum check::0 errors, 0 warnings in "))
        }
    }

    // MARK: Options and exit codes

    @Test func selectAndIgnoreFilterByCodeOrName() throws {
        let selected = try Self.checkBroken(["--format", "json", "--select", "CUR401", "--select", "numbering-gap"])
        let codes = try Self.codes(in: selected.stdout)
        #expect(codes == ["CUR401", "CUR203"])
        #expect(selected.status == 1)
        let ignored = try Self.checkBroken(["--format", "json", "--ignore", "CUR401,CUR403,CUR306,CUR211,CUR501"])
        #expect(try Self.codes(in: ignored.stdout) == ["CUR406", "CUR203", "CUR305"])
        #expect(ignored.status == 0, "warnings alone do not fail without --strict")
        let strict = try Self.checkBroken(["--strict", "--ignore", "CUR401,CUR403,CUR306,CUR211,CUR501"])
        #expect(strict.status == 1)
    }

    @Test func unknownCodeIsAUsageError() throws {
        let output = try Self.checkBroken(["--select", "CUR4O1"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("unknown rule code 'CUR4O1'"))
        #expect(output.stdout.isEmpty)
    }

    @Test func quietPrintsErrorsOnlyAndNoSummary() throws {
        let output = try Self.checkBroken(["--quiet"])
        #expect(output.status == 1)
        #expect(!output.stderr.contains("warning["))
        #expect(output.stderr.components(separatedBy: "error[").count - 1 == 5)
        #expect(!output.stderr.contains("5 errors"))
    }

    @Test func maxErrorsStopsAfterN() throws {
        let output = try Self.checkBroken(["--max-errors", "2", "--format", "json"])
        #expect(output.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect((document["summary"] as? [String: Int])?["errors"] == 2)
        #expect((document["summary"] as? [String: Int])?["truncated"] == 3)
        let human = try Self.checkBroken(["--max-errors", "2"])
        #expect(human.stderr.contains("3 more errors not shown (--max-errors)"))
        #expect(try Self.checkBroken(["--max-errors", "0"]).status == 2)
    }

    @Test func exitCodes() throws {
        #expect(try CLI.run(["check", "curriculum/igma-femina"]).status == 0)
        #expect(try Self.checkBroken([]).status == 1)
        #expect(try CLI.run(["check", "no/such/folder"]).status == 2)
        #expect(try CLI.run(["check", "--format", "xml", "curriculum/igma-femina"]).status == 2)
    }

    @Test func pathsAreRelativeToTheWorkingDirectoryAndInCIFormatsToTheRepositoryRoot() throws {
        let absolute = Self.checkFixtures.appendingPathComponent("broken").path
        let fromRoot = try CLI.run(["check", "--format", "json", "--select", "CUR401", absolute])
        #expect(fromRoot.stdout.contains("\"file\" : \"Tests/Fixtures/check/broken/module-1.md\""))
        let inside = Self.checkFixtures.appendingPathComponent("broken")
        let json = try CLI.run(["check", "--format", "json", "--select", "CUR401", "."], in: inside)
        #expect(json.stdout.contains("\"file\" : \"module-1.md\""), "JSON keeps the paths as shown")
        let github = try CLI.run(["check", "--format", "github", "--select", "CUR401", "."], in: inside)
        #expect(github.stdout.hasPrefix("::error file=Tests/Fixtures/check/broken/module-1.md,line=21,col=3,"))
        let gitlab = try CLI.run(["check", "--format", "gitlab", "--select", "CUR401", "."], in: inside)
        #expect(gitlab.stdout.contains("\"path\" : \"Tests/Fixtures/check/broken/module-1.md\""))
        let sarif = try CLI.run(["check", "--format", "sarif", "--select", "CUR401", "."], in: inside)
        #expect(sarif.stdout.contains("\"uri\" : \"Tests/Fixtures/check/broken/module-1.md\""))
    }

    /// A repository whose root holds `.git`, checked from a folder below it and from outside it.
    @Test(arguments: ["sub", "sub/deeper"])
    func ciFormatsResolveFromTheNearestGitFolderUpwards(_ workingFolder: String) throws {
        let repository = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: repository) }
        try FileManager.default.createDirectory(
            at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let working = repository.appendingPathComponent(workingFolder)
        try FileManager.default.createDirectory(at: working, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.checkFixtures.appendingPathComponent("broken"), to: repository.appendingPathComponent("cursus"))
        let target = workingFolder == "sub" ? "../cursus" : "../../cursus"
        let github = try CLI.run(["check", "--format", "github", "--select", "CUR401", target], in: working)
        #expect(github.stdout.hasPrefix("::error file=cursus/module-1.md,line=21,"))
        let gitlab = try CLI.run(["check", "--format", "gitlab", "--select", "CUR401", target], in: working)
        #expect(gitlab.stdout.contains("\"path\" : \"cursus/module-1.md\""))
        let sarif = try CLI.run(["check", "--format", "sarif", "--select", "CUR401", target], in: working)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let base = try #require((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])
        let baseURI = try #require(base["uri"] as? String)
        #expect(baseURI.hasPrefix("file:///") && baseURI.hasSuffix("/"))
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        let uris = artifacts.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String }
        #expect(uris.contains("cursus/module-1.md"))
        let resolved = try #require(URL(string: "cursus/module-1.md", relativeTo: URL(string: baseURI)))
        #expect(
            resolved.standardizedFileURL.resolvingSymlinksInPath().path
                == repository.appendingPathComponent("cursus/module-1.md").resolvingSymlinksInPath().path)
    }

    @Test(
        .enabled(if: ExternalTool.hasPythonModule("jsonschema"), "needs Python's jsonschema (pip install jsonschema)"))
    func gitlabFormatIsACodeQualityReportThatResolves() throws {
        let output = try Self.checkBroken(["--format", "gitlab"])
        #expect(output.status == 1)
        let schema = CLI.fixtures.appendingPathComponent("gitlab/codequality-schema.json")
        let script = """
            import json, os, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            report = json.load(sys.stdin)
            jsonschema.Draft7Validator.check_schema(schema)
            jsonschema.Draft7Validator(schema).validate(report)
            fingerprints = [issue["fingerprint"] for issue in report]
            assert len(set(fingerprints)) == len(fingerprints), fingerprints
            for issue in report:
                assert os.path.isfile(os.path.join(sys.argv[2], issue["location"]["path"])), issue
            print(len(report), sorted(set(issue["severity"] for issue in report)))
            """
        let result = try ExternalTool.run(
            ["python3", "-c", script, schema.path, CLI.root.path], input: output.stdout)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "8 ['major', 'minor']\n")
    }

    // MARK: The shipped curriculum and the coordinator's mistake

    @Test func shippedCurriculumChecksClean() throws {
        let output = try CLI.run(["check", "--strict", "curriculum/igma-femina"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.hasPrefix("0 errors, 0 warnings in "))
    }

    @Test func aCoordinatorWhoBreaksOneAnnexReferenceSeesOneErrorWithASuggestion() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("igma-femina")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("curriculum/igma-femina"), to: copy)
        let module = copy.appendingPathComponent("module-1.md")
        var lines = try String(contentsOf: module, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(
            lines.firstIndex { $0.hasPrefix("- 1.A.1.1 bijlage 1: De 6 rollen van de casemanager") })
        lines[index] = lines[index].replacingOccurrences(of: "- 1.A.1.1 bijlage 1", with: "- 1.A.1.1 bijlage 3")
        try lines.joined(separator: "\n").write(to: module, atomically: true, encoding: .utf8)

        let output = try CLI.run(["check", "--format", "json", "igma-femina"], in: folder)
        #expect(output.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        let errors = diagnostics.filter { $0["severity"] as? String == "error" }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error["code"] as? String == "CUR401")
        #expect(error["file"] as? String == "igma-femina/module-1.md")
        #expect(error["line"] as? Int == index + 1)
        #expect(error["column"] as? Int == 3)
        #expect(
            error["message"] as? String
                == "`1.A.1.1 bijlage 3` is not in the annex catalogue — did you mean `1.A.1.1 bijlage 1` \"De 6 rollen van de casemanager\"?"
        )

        let human = try CLI.run(["check", "igma-femina"], in: folder)
        #expect(
            human.stderr.hasPrefix(
                "igma-femina/module-1.md:\(index + 1):3: error[CUR401]: `1.A.1.1 bijlage 3` is not in the annex catalogue — did you mean"
            ))
    }

    static func codes(in json: String) throws -> [String] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return (document["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }
}
