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

/// The entry point: parse the command line, run the subcommand, exit with its status.
let console = Console()
let root = CommandTable.root
let status: Int32
do {
    let (global, rest) = try GlobalOptions.extract(Array(CommandLine.arguments.dropFirst()))
    switch try ArgumentParser.parse(rest, root: root) {
    case .version:
        console.out(CommandTable.version + "\n")
        status = ExitStatus.success
    case .help(let path):
        console.out(HelpRenderer.help(HelpRenderer.resolve(path, root: root) ?? root, path: path))
        status = ExitStatus.success
    case .run(var arguments):
        arguments.global = global
        if let command = arguments.path.dropFirst().first.flatMap(CommandTable.command(named:)) {
            status = command.run(arguments, console: console)
        } else {
            console.out(HelpRenderer.help(root, path: [root.name]))
            status = ExitStatus.success
        }
    }
} catch {
    console.err(HelpRenderer.error(error, root: root))
    status = ExitStatus.usage
}
exit(console.finish(status))
