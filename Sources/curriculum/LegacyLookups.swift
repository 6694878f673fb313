/// Lookups by option name, for the commands not yet moved to typed options (removed when the last
/// one moves).
extension ParsedArguments {
    func flag(_ long: String) -> Bool { flags.contains(long) }

    func value(_ long: String) -> String? {
        values[long]?.last ?? command.option(long: long)?.defaultValue
    }

    func list(_ long: String) -> [String] {
        (values[long] ?? []).flatMap { $0.split(separator: ",").map { $0.trimmingSpaces() } }.filter { !$0.isEmpty }
    }
}
