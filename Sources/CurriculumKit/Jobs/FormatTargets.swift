/// The files `fmt` works on, found from the paths a user gave.
public enum FormatTargets {
    /// The files the paths name: each curriculum folder's manifest, listed modules, catalogue and
    /// plans (`*.plan.md`, also in `plans/`), or single files. A path that names nothing to format is a finding.
    public static func find(_ paths: [String], fileSystem: any FileSystem = LocalFileSystem()) -> Result<
        [FormatTarget], Diagnostic
    > {
        let loader = CurriculumLoader(fileSystem: fileSystem)
        var targets: [FormatTarget] = []
        var seen: Set<String> = []
        func add(_ target: FormatTarget) {
            if seen.insert(fileSystem.canonicalPath(target.path) ?? target.path).inserted { targets.append(target) }
        }
        // A path given twice (or 10,000 times) is looked at once.
        var given: Set<String> = []
        for path in paths where given.insert(fileSystem.canonicalPath(path) ?? path).inserted {
            switch fileSystem.kind(of: path) {
            case .directory:
                let folders = loader.curriculumFolders(in: path)
                if folders.isEmpty {
                    return .failure(.nothingToFormat(at: path, missing: false))
                }
                for folder in folders {
                    // The manifest and the list of files; the others are parsed where they are formatted.
                    let result = loader.load(folder: folder, readingFiles: false)
                    // A file that leads out of the folder is never read, so never rewritten.
                    if let outside = result.diagnostics.first(where: { $0.code == .fileOutsideCurriculum }) {
                        return .failure(outside)
                    }
                    let root = fileSystem.canonicalPath(folder)
                    let language = result.curriculum?.language
                    let notation = result.curriculum?.manifest.notation ?? .canonical
                    let catalogue = result.curriculum?.manifest.annexFile ?? "annexes.md"
                    // Every file the loader looked at, unreadable ones too: reading reports why.
                    for file in result.files {
                        let name = String(file.dropFirst(folder.count).drop { $0 == "/" })
                        add(
                            FormatTarget(
                                path: file, role: FileRole.of(fileName: name, catalogueName: catalogue),
                                language: language, notation: notation))
                    }
                    // Plans kept with the curriculum: `*.plan.md` in the folder or in its `plans/`.
                    for planFolder in [folder, fileSystem.join(folder, "plans")] {
                        guard case .success(let names) = fileSystem.entries(of: planFolder) else { continue }
                        for name in names where name.hasSuffix(PlanParser.fileSuffix) && !name.hasPrefix(".") {
                            let plan = fileSystem.join(planFolder, name)
                            if loader.leavesFolder(plan, root: root) {
                                return .failure(.fileOutsideCurriculum(plan, at: nil))
                            }
                            add(
                                FormatTarget(
                                    path: fileSystem.join(planFolder, name), role: .plan, language: language,
                                    notation: notation))
                        }
                    }
                }
            case .missing:
                return .failure(.nothingToFormat(at: path, missing: true))
            default:
                // A single file: its folder's manifest, if there is one, gives the language and the
                // catalogue's name.
                let slash = path.lastIndex(of: "/")
                let folder = slash.map { String(path[..<$0]) } ?? "."
                let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
                var language: Language?
                var notation = Notation.canonical
                var catalogue = "annexes.md"
                // A file of a curriculum that leads out of its folder (a pre-commit hook names the
                // files of a pull request), or a manifest that does, is never read or rewritten.
                // A plan in `plans/` belongs to the curriculum above it.
                let plansParent = folder.split(separator: "/").last == "plans" ? fileSystem.join(folder, "..") : nil
                for home in [folder] + (plansParent.map { [$0] } ?? []) {
                    let manifestPath = fileSystem.join(home, CurriculumLoader.manifestName)
                    guard case .file = fileSystem.kind(of: manifestPath) else { continue }
                    let root = fileSystem.canonicalPath(home)
                    for file in [manifestPath, path] where loader.leavesFolder(file, root: root) {
                        return .failure(.fileOutsideCurriculum(file, at: nil))
                    }
                }
                if case .success(let manifestSource) = loader.source(
                    at: fileSystem.join(folder, CurriculumLoader.manifestName)),
                    let manifest = ManifestParser.parse(manifestSource).manifest
                {
                    language = manifest.language
                    notation = manifest.notation
                    catalogue = manifest.annexFile
                }
                add(
                    FormatTarget(
                        path: path, role: FileRole.of(fileName: name, catalogueName: catalogue), language: language,
                        notation: notation))
            }
        }
        return .success(targets)
    }
}

extension Diagnostic {
    fileprivate static func nothingToFormat(at path: String, missing: Bool) -> Diagnostic {
        Diagnostic(
            missing ? .unreadableFile : .noCurriculum,
            missing
                ? LocalizedText(en: "'\(path)' does not exist", nl: "'\(path)' bestaat niet")
                : LocalizedText(
                    en: "no curriculum.md in '\(path)' or in a folder directly below it",
                    nl: "geen curriculum.md in '\(path)' of in een map er direct onder"),
            at: nil,
            hint: missing
                ? FixHint(
                    en: "give a curriculum folder or a curriculum file; the default is ./curriculum",
                    nl: "geef een curriculummap of een curriculumbestand; zonder pad is het ./curriculum")
                : FixHint(
                    en: "give a curriculum folder, or module files; the default is ./curriculum",
                    nl: "geef een curriculummap of modulebestanden; zonder pad is het ./curriculum"))
    }
}
