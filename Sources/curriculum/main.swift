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

/// The entry point: read `--lang`, parse the command line, run the subcommand, exit with its status.
let console = Console()
let root = CommandTable.root
let status: Int32
do {
    let (global, rest) = try GlobalOptions.extract(Array(CommandLine.arguments.dropFirst()))
    if let explicit = global.language {
        console.language = explicit
        console.explicitLanguage = explicit
    }
    switch try ArgumentParser.parse(rest, root: root) {
    case .version:
        console.out(CommandTable.version + "\n")
        status = ExitStatus.success
    case .help(let path):
        console.out(console.helpRenderer.help(HelpRenderer.resolve(path, root: root) ?? root, path: path))
        status = ExitStatus.success
    case .missingSubcommand(let path):
        // As git does: the overview on standard output, and a failure, for nothing was done.
        console.out(console.helpRenderer.help(HelpRenderer.resolve(path, root: root) ?? root, path: path))
        status = ExitStatus.failure
    case .run(var arguments):
        arguments.global = global
        if let command = arguments.path.dropFirst().first.flatMap(CommandTable.command(named:)) {
            if command.spec.name != "lsp" { HeapSettings.keepFreedMemory() }
            status = command.run(arguments, console: console)
        } else {
            console.out(console.helpRenderer.help(root, path: [root.name]))
            status = ExitStatus.failure
        }
    }
} catch {
    console.usage(error)
    status = ExitStatus.usage
}
exit(console.finish(status))
