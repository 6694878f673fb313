/// The options and arguments given to one command, checked against its spec.
struct ParsedArguments: Sendable {
    var command: CommandSpec
    /// The path of command names from the top (`["curriculum", "plan", "diff"]`).
    var path: [String]
    var flags: Set<String> = []
    var values: [String: [String]] = [:]
    var positionals: [String] = []

    func flag(_ long: String) -> Bool { flags.contains(long) }

    /// The last value given for an option, or its default.
    func value(_ long: String) -> String? {
        values[long]?.last ?? command.option(long: long)?.defaultValue
    }

    /// Every value given for a repeatable option, comma-separated lists split.
    func list(_ long: String) -> [String] {
        (values[long] ?? []).flatMap { $0.split(separator: ",").map { $0.trimmingSpaces() } }.filter { !$0.isEmpty }
    }

    var commandLine: String { path.joined(separator: " ") }
}

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
