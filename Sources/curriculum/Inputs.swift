import CurriculumKit

/// Turning path arguments into what the library reads.
enum Inputs {
    /// The paths given, or the curriculum found from the working directory (`CurriculumLookup`),
    /// shown relative to the working directory.
    static func paths(_ arguments: ParsedArguments, console: Console) -> [String] {
        let given = arguments.positionals.isEmpty ? [defaultPath(console)] : arguments.positionals
        return given.map { path in
            var shown = console.displayPath(path)
            while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
            return shown
        }
    }

    /// The curriculum folder given, or the one found from the working directory.
    static func curriculumPath(_ given: String?, console: Console) -> String {
        given.map(console.displayPath) ?? defaultPath(console)
    }

    /// The curriculum of a command given no path: the nearest folder upwards holding
    /// `curriculum.md`, else `./curriculum`.
    static func defaultPath(_ console: Console) -> String {
        CurriculumLookup.defaultPath(workingDirectory: console.currentDirectory, fileSystem: LocalFileSystem())
    }
}
