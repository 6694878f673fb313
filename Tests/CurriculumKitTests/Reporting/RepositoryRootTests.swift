import Testing

@testable import CurriculumKit

@Suite struct RepositoryRootTests {
    @Test(arguments: [
        ("/repo", "/repo", "cursus/module-1.md", "cursus/module-1.md"),
        ("/repo", "/repo/sub", "../cursus/module-1.md", "cursus/module-1.md"),
        ("/repo/", "/repo/a/b", "./../../cursus//m.md", "cursus/m.md"),
        ("/repo", "/elsewhere", "/repo/cursus/m.md", "cursus/m.md"),
        ("/", "/home", "m.md", "home/m.md"),
    ])
    func pathsInsideTheRootAreRelativeToIt(root: String, working: String, shown: String, expected: String) {
        let repository = RepositoryRoot(path: root, workingDirectory: working)
        #expect(repository.relativePath(of: shown) == expected)
        #expect(repository.reportedPath(of: shown) == expected)
    }

    @Test(arguments: [
        ("/repo", "/repo", "../other/m.md", "/other/m.md"), ("/repo", "/repo", "/repository/m.md", "/repository/m.md"),
    ])
    func pathsOutsideTheRootStayAbsolute(root: String, working: String, shown: String, expected: String) {
        let repository = RepositoryRoot(path: root, workingDirectory: working)
        #expect(repository.relativePath(of: shown) == nil)
        #expect(repository.reportedPath(of: shown) == expected)
    }

    @Test func theRootIsAFileURIEndingInASlash() {
        #expect(RepositoryRoot(workingDirectory: "/work/my repo/").fileURI == "file:///work/my%20repo/")
        #expect(RepositoryRoot(workingDirectory: "/").fileURI == "file:///")
    }

    @Test func sarifNamesFilesFromTheSourceRoot() {
        let finding = Diagnostic(
            .unresolvedAnnex, .same("x"), at: SourceLocation(file: "../cursus/m.md", line: 2, column: 1))
        let report = CheckReport(diagnostics: [finding], files: ["../cursus/m.md", "/tmp/outside.md"])
        let root = RepositoryRoot(path: "/repo", workingDirectory: "/repo/sub")
        let log = SARIFRenderer.render(report, toolVersion: "0", codes: [], root: root)
        #expect(log.contains("\"uri\" : \"cursus/m.md\",\n"))
        #expect(log.contains("\"uriBaseId\" : \"%SRCROOT%\""))
        #expect(log.contains("\"originalUriBaseIds\" : {") && log.contains("\"uri\" : \"file:///repo/\""))
        #expect(log.contains("\"uri\" : \"file:///tmp/outside.md\""))
        let plain = SARIFRenderer.render(report, toolVersion: "0", codes: [])
        #expect(plain.contains("\"uri\" : \"../cursus/m.md\""))
        #expect(!plain.contains("originalUriBaseIds") && !plain.contains("uriBaseId"))
    }
}
