import Foundation
import Testing

/// The completion scripts complete exercise IDs, topics and plan files (issue 13), asking the
/// curriculum around the current folder through `curriculum list --format ids|topics|plans`.
/// Each script is run in its own shell; a shell that is absent skips its test, saying so (`.ci/run`
/// installs bash, zsh and fish).
@Suite struct CompletionTests {
    /// A copy of the shipped curriculum, where the completions run, and the binary's folder for PATH.
    static func setUp() throws -> (root: URL, curriculum: URL, environment: [String: String]) {
        let root = try CLI.temporaryDirectory()
        let curriculum = root.appendingPathComponent("igma-femina")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("curriculum/igma-femina"), to: curriculum)
        let binaryFolder = CLI.binary.deletingLastPathComponent().path
        let path = binaryFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return (root, curriculum, ["PATH": path])
    }

    /// Runs `script` with `shell` in `folder`, the built binary first on PATH.
    static func run(_ shell: String, _ script: String, in folder: URL, environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [shell, "-c", script]
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func lines(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") })
    }

    @Test func listPrintsTheNamesTheCompletionsAskFor() throws {
        let ids = try CLI.run(["list", "curriculum/igma-femina", "--format", "ids"])
        #expect(ids.status == 0)
        let names = Self.lines(ids.stdout)
        #expect(names.isSuperset(of: ["0.A.1", "1.A.1.1", "4.E.2.2", "1.A", "4.E", "0", "4"]))
        #expect(names.count == 89 + 22 + 5)
        let topics = Self.lines(try CLI.run(["list", "curriculum/igma-femina", "--format", "topics"]).stdout)
        #expect(topics.count == 22)
        #expect(topics.contains("2.B"))
        let plans = try CLI.run(["list", "curriculum/igma-femina", "--format", "plans"])
        #expect(
            plans.stdout == """
                curriculum/igma-femina/plans/module-1-niveau-1-gegeven.plan.md
                curriculum/igma-femina/plans/module-1-niveau-1.plan.md

                """)
    }

    @Test(.enabled(if: ExternalTool.has("bash"), "needs bash"))
    func bashCompletesIDsTopicsAndPlanFiles() throws {
        let (root, curriculum, environment) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        func complete(_ words: [String]) throws -> Set<String> {
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            return Self.lines(
                try Self.run(
                    "bash",
                    """
                    source <(curriculum completions bash)
                    COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
                    _curriculum; printf '%s\\n' "${COMPREPLY[@]}"
                    """, in: curriculum, environment: environment))
        }
        #expect(try complete(["curriculum", "show", "1.A.1."]) == ["1.A.1.1", "1.A.1.2"])
        #expect(try complete(["curriculum", "--lang", ""]) == ["nl", "en"])
        // The global option before the subcommand does not hide it.
        #expect(try complete(["curriculum", "--lang", "en", "show", "1.A.1."]) == ["1.A.1.1", "1.A.1.2"])
        #expect(try complete(["curriculum", "--lang", "=", "nl", "show", "1.A.1."]) == ["1.A.1.1", "1.A.1.2"])
        #expect(try complete(["curriculum", "--lang", "nl", "sh"]) == ["show"])
        #expect(try complete(["curriculum", "plan", "--select", "2.B.1"]) == ["2.B.1.1", "2.B.1.2"])
        #expect(try complete(["curriculum", "plan", "--fill", "--topics", "3."]) == ["3.A", "3.B", "3.C", "3.D"])
        #expect(
            try complete(["curriculum", "plan", "plans/module-1-niveau-1."]) == ["plans/module-1-niveau-1.plan.md"])
        #expect(
            try complete(["curriculum", "export", "--plan", "plans/module-1-niveau-1-g"]) == [
                "plans/module-1-niveau-1-gegeven.plan.md"
            ])
    }

    @Test(.enabled(if: ExternalTool.has("fish"), "needs fish (apt-get install fish)"))
    func fishCompletesIDsTopicsAndPlanFiles() throws {
        let (root, curriculum, environment) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        func complete(_ line: String) throws -> Set<String> {
            Self.lines(
                try Self.run(
                    "fish", "curriculum completions fish | source; complete -C '\(line)'", in: curriculum,
                    environment: environment))
        }
        #expect(try complete("curriculum show 1.A.1.") == ["1.A.1.1", "1.A.1.2"])
        let lang = try complete("curriculum list --lang ")
        #expect(lang.isSuperset(of: ["nl", "en"]), "\(lang)")
        #expect(try complete("curriculum budget --select 4.E.2.") == ["4.E.2.1", "4.E.2.2"])
        #expect(try complete("curriculum plan --fill --goals 3.") == ["3.A", "3.B", "3.C", "3.D"])
        #expect(
            try complete("curriculum review plans/module-1-niveau-1-g") == ["plans/module-1-niveau-1-gegeven.plan.md"])
    }

    /// zsh's completion functions run only inside its line editor, so the script is sourced with
    /// `_arguments` recording the specs it is given and `compadd` printing what it would offer;
    /// each spec's action is then run as zsh runs it.
    @Test(.enabled(if: ExternalTool.has("zsh"), "needs zsh (apt-get install zsh)"))
    func zshCompletesIDsTopicsAndPlanFiles() throws {
        let (root, curriculum, environment) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: root) }
        func complete(_ words: [String], spec: String) throws -> Set<String> {
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            return Self.lines(
                try Self.run(
                    "zsh",
                    """
                    compdef() { :; }
                    _describe() { :; }
                    _files() { print -r -- '(files)' }
                    compadd() { [[ $1 == -a ]] && print -rl -- ${(P)2} }
                    _arguments() { specs=("$@") }
                    source <(curriculum completions zsh)
                    words=(\(quoted)); CURRENT=\(words.count)
                    _curriculum
                    for s in $specs; do
                      if [[ $s == *'\(spec)'* ]]; then eval "${s##*:}"; fi
                    done
                    """, in: curriculum, environment: environment))
        }
        #expect(try complete(["curriculum", "show", ""], spec: "::id:").isSuperset(of: ["1.A.1.1", "1.A", "1"]))
        #expect(try complete(["curriculum", "plan", "--select", ""], spec: "--select[").contains("2.B.1.2"))
        let topics = try complete(["curriculum", "plan", "--topics", ""], spec: "--topics[")
        #expect(topics.count == 22 && topics.contains("3.C") && !topics.contains("3.C.1.1"), "\(topics)")
        let plans = try complete(["curriculum", "plan", ""], spec: "::plan:")
        #expect(plans == ["plans/module-1-niveau-1.plan.md", "plans/module-1-niveau-1-gegeven.plan.md", "(files)"])
    }
}
