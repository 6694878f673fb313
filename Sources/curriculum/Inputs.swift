import CurriculumKit

/// Turning path arguments into what the library reads.
enum Inputs {
    /// The paths given, or `./curriculum`, shown relative to the working directory.
    static func paths(_ arguments: ParsedArguments, console: Console) -> [String] {
        let given = arguments.positionals.isEmpty ? [CurriculumLookup.defaultPath] : arguments.positionals
        return given.map { path in
            var shown = console.displayPath(path)
            while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
            return shown
        }
    }
}
