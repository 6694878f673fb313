import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `curriculum lsp`: the language server on standard input and output. All the work is the
/// library's `LanguageServer`; this file only moves bytes between the pipes and it.
enum LspCommand: Subcommand {
    static let spec = CommandSpec(
        name: "lsp",
        abstract: "Run the language server (LSP 3.17 over standard input and output) for editors.",
        discussion: """
              Speaks JSON-RPC 2.0 with Content-Length framing on standard input and output, as every
              LSP client expects: diagnostics as you type, hover, go to definition, references,
              rename, completion, symbols, quick fixes, formatting and inlay hints. Start it from
              the editor, not by hand; docs/editors.md shows the configuration for VS Code, Neovim,
              Helix and Emacs. Exit status: 0 after 'shutdown' and 'exit', 1 when the client goes
              away without them.
            """,
        examples: ["curriculum lsp"]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        var server = LanguageServer(
            fileSystem: LocalFileSystem(), options: CheckOptions(today: console.today),
            rulesDocumentation: rulesDocumentation())
        var reader = MessageReader()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(0, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return 1 }  // the client went away without 'exit'
            reader.append(buffer[..<count])
            var frames: [MessageReader.Frame] = []
            while let frame = reader.next() { frames.append(frame) }
            guard !frames.isEmpty else { continue }
            for message in server.handle(frames, version: CommandTable.version) {
                guard send(MessageWriter.frame(message)) else { return 1 }
            }
            if case .exited(let status) = server.state { return status }
        }
    }

    /// Writes every byte to standard output; `false` when the client closed it.
    private static func send(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = write(1, Array(rest), rest.count)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            rest = rest.dropFirst(written)
        }
        return true
    }

    /// docs/rules.md beside the binary (a checkout's `.build/debug`, or a release's `docs/`), as a
    /// file URI; `nil` when there is none (the findings then carry no link).
    private static func rulesDocumentation() -> String? {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let folder = executable.deletingLastPathComponent()
        for relative in [
            "../../docs/rules.md", "../../../docs/rules.md", "../share/doc/curriculum/rules.md", "docs/rules.md",
        ] {
            let candidate = folder.appendingPathComponent(relative).standardizedFileURL.path
            if FileManager.default.fileExists(atPath: candidate) { return DocumentURI.uri(candidate) }
        }
        return nil
    }
}
