import CurriculumKit

/// Turning path arguments into what the library reads.
enum Inputs {
    static let defaultPath = "curriculum"

    /// The paths given, or `./curriculum`, shown relative to the working directory.
    static func paths(_ arguments: ParsedArguments, console: Console) -> [String] {
        let given = arguments.positionals.isEmpty ? [defaultPath] : arguments.positionals
        return given.map { path in
            var shown = console.displayPath(path)
            while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
            return shown
        }
    }

    /// Loads the single curriculum a command works on; prints why when there is not exactly one.
    static func curriculum(_ arguments: ParsedArguments, console: Console, path: String? = nil) -> (
        Curriculum, CurriculumLoader.Result
    )? {
        let paths = path.map { [$0] } ?? Self.paths(arguments, console: console)
        let loader = CurriculumLoader()
        var folders: [String] = []
        for path in paths {
            if path.hasSuffix("/" + CurriculumLoader.manifestName) || path == CurriculumLoader.manifestName {
                let folder = String(path.dropLast(CurriculumLoader.manifestName.count + 1))
                folders.append(folder.isEmpty ? "." : folder)
                continue
            }
            let found = loader.curriculumFolders(in: path)
            if found.isEmpty {
                let kind = loader.fileSystem.kind(of: path)
                let why =
                    kind == .missing
                    ? "'\(path)' does not exist" : "no curriculum.md in '\(path)' or in a folder directly below it"
                console.err(
                    "error: \(why)\n  = help: give a curriculum folder (one that holds curriculum.md); the default is ./curriculum\n"
                )
                return nil
            }
            folders += found
        }
        guard folders.count == 1, let folder = folders.first else {
            console.err(
                "error: \(folders.count) curricula found (\(folders.joined(separator: ", "))); this command works on one\n  = help: name the curriculum folder, for example '\(arguments.commandLine) \(folders.first ?? "curriculum/NAME")'\n"
            )
            return nil
        }
        let result = loader.load(folder: folder)
        guard let curriculum = result.curriculum else {
            let renderer = HumanRenderer(useColor: console.useColor(onDescriptor: 2))
            for diagnostic in result.diagnostics.sortedByLocation() {
                console.err(renderer.render(diagnostic) { result.sources[$0] })
            }
            return nil
        }
        return (curriculum, result)
    }
}
