import Foundation
import Testing

/// `curriculum lsp` against real clients: pytest-lsp (PyPI) runs the scripted session in
/// Tests/lsp/, and Neovim's built-in LSP client (Debian's `neovim`, 0.7 or later) runs
/// Tests/nvim/broken_reference.lua. Each is skipped, with the reason shown, when the client is
/// absent; `.ci/run` installs both.
@Suite struct LanguageServerClientTests {
    @Test(.enabled(if: ExternalTool.hasPythonModule("pytest_lsp"), "needs pytest-lsp (pip install pytest-lsp)"))
    func pytestLSPSessionCoversEveryCapability() throws {
        let result = try ExternalTool.run([
            "CURRICULUM_BINARY=\(CLI.binary.path)", "python3", "-m", "pytest", "-q", "-p", "no:cacheprovider",
            "-c", CLI.root.appendingPathComponent("Tests/lsp/pytest.ini").path,
            CLI.root.appendingPathComponent("Tests/lsp").path,
        ])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains(" passed"))
        #expect(!result.stdout.contains("skipped"))
    }

    /// A coordinator in Neovim: the broken reference is underlined on opening, a wrong number typed
    /// (not saved) is too, the definition jumps to the catalogue, completion offers the right annex
    /// first, the hover shows the exercise's time, and the preferred quick fix clears the error.
    @Test(.enabled(if: ExternalTool.has("nvim"), "needs Neovim (apt-get install neovim)"))
    func neovimSeesTheBrokenReferenceAndFixesIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nvim-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("curriculum/igma-femina"), to: folder)
        let module = folder.appendingPathComponent("module-1.md")
        let text = try String(contentsOf: module, encoding: .utf8)
        try text.replacingOccurrences(
            of: "- 1.A.1.2 bijlage 1: De IGMA-principes", with: "- 1.A.1.2 bijlage 3: De IGMA-principes"
        ).write(to: module, atomically: true, encoding: .utf8)
        let resultFile = folder.appendingPathComponent("result.json")
        let run = try ExternalTool.run([
            "CURRICULUM_BINARY=\(CLI.binary.path)", "CURRICULUM_FOLDER=\(folder.path)",
            "CURRICULUM_RESULT=\(resultFile.path)", "timeout", "120", "nvim", "--headless", "-u", "NONE", "-i", "NONE",
            "-n", "-c", "luafile \(CLI.root.appendingPathComponent("Tests/nvim/broken_reference.lua").path)",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let data = try Data(contentsOf: resultFile)
        let result = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let opened = result["opened"] as? [[String: Any]] ?? []
        let broken = opened.first { $0["code"] as? String == "CUR401" }
        #expect(broken?["lnum"] as? Int == 180)
        #expect(broken?["col"] as? Int == 2)
        #expect(broken?["end_col"] as? Int == 19)
        #expect((broken?["message"] as? String)?.contains("did you mean `1.A.1.2 bijlage 1`") == true)
        #expect((broken?["href"] as? String)?.hasSuffix("rules.md#cur401-unresolved-annex") == true)
        let typed = (result["typed"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "CUR401" }
        #expect(typed.map { $0["lnum"] as? Int } == [144, 180])
        #expect(result["modified"] as? Bool == true)
        let definition = result["definition"] as? [String: Any]
        #expect((definition?["uri"] as? String)?.hasSuffix("/annexes.md") == true)
        #expect(result["first_completion"] as? String == "1.A.1.1 bijlage 1")
        #expect((result["hover"] as? String)?.contains("- duur: 60 min") == true)
        #expect(result["applied"] as? String == "Vervang door '1.A.1.1 bijlage 1'")
        #expect(result["fixed_line"] as? String == "- 1.A.1.1 bijlage 1: De 6 rollen van de casemanager")
        let fixed = (result["fixed"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "CUR401" }
        #expect(fixed.map { $0["lnum"] as? Int } == [180])
    }
}
