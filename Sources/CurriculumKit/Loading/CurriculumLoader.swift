/// Reads a curriculum folder: the manifest, every module it lists, and the annex catalogue.
///
/// Every problem becomes a diagnostic; the loader returns as much of the curriculum as could be
/// read, so that `check` can report everything in one run and `list` can still show the rest.
public struct CurriculumLoader: Sendable {
    /// What loading yields: the curriculum (if the manifest could be read), every diagnostic, and
    /// the decoded files, which renderers need to quote source lines.
    public struct Result: Sendable {
        public var curriculum: Curriculum?
        public var diagnostics: [Diagnostic]
        public var sources: [String: SourceText]
        /// Every file read, in reading order.
        public var files: [String]
        /// Each module file's bytes with its comments blanked, by path (`ModuleParser.Result`).
        public var commentFreeBytes: [String: [UInt8]] = [:]
        /// The folder's canonical path, as it was resolved to keep every file inside it; `nil` when
        /// it could not be resolved. Plan checking resolves the plans against it instead of
        /// resolving the folder again.
        public var root: String? = nil
    }

    public static let manifestName = "curriculum.md"
    /// Files in a curriculum folder that are never module files.
    static let documentationNames: Set<String> = [
        "readme.md", "errata.md", "changelog.md", "license.md", "contributing.md",
    ]

    public let fileSystem: any FileSystem
    /// Files larger than this are refused unread.
    public let maximumFileSize: Int
    /// Module files parsed before, reused when their bytes are the same (the language server).
    public let cache: ParseCache?

    public init(
        fileSystem: any FileSystem = LocalFileSystem(), maximumFileSize: Int = 16 * 1_048_576, cache: ParseCache? = nil
    ) {
        self.fileSystem = fileSystem
        self.maximumFileSize = maximumFileSize
        self.cache = cache
    }

    /// A module file decoded and parsed, through the cache when there is one.
    func parsedModule(at path: String) -> Swift.Result<(SourceText, ModuleParser.Result), Diagnostic> {
        guard let cache else {
            return source(at: path).map { ($0, ModuleParser.parse($0)) }
        }
        switch fileSystem.read(path, limit: maximumFileSize) {
        case .failure(let error): return .failure(error.diagnostic(path: path, listedAt: nil))
        case .success(let bytes):
            return cache.module(at: path, bytes: bytes).mapError { $0.diagnostic(path: path) }
        }
    }

    /// The curriculum folders a path names: itself when it holds a manifest, otherwise each direct
    /// subfolder that does. Empty when there are none.
    public func curriculumFolders(in path: String) -> [String] {
        if case .file = fileSystem.kind(of: fileSystem.join(path, Self.manifestName)) { return [path] }
        guard case .success(let names) = fileSystem.entries(of: path) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.map { fileSystem.join(path, $0) }.filter {
            if case .file = fileSystem.kind(of: fileSystem.join($0, Self.manifestName)) { return true }
            return false
        }
    }

    /// Reads one file as text.
    public func source(at path: String, listedAt: SourceLocation? = nil) -> Swift.Result<SourceText, Diagnostic> {
        switch fileSystem.read(path, limit: maximumFileSize) {
        case .failure(let error): return .failure(error.diagnostic(path: path, listedAt: listedAt))
        case .success(let bytes):
            switch SourceText.decode(bytes, path: path, repairing: true) {
            case .success(let source): return .success(source)
            case .failure(let failure): return .failure(failure.diagnostic(path: path))
            }
        }
    }

    /// Loads the curriculum in `folder` (which must hold a `curriculum.md`).
    public func load(folder: String) -> Result { load(folder: folder, readingFiles: true) }

    /// Loads the curriculum in `folder`; with `readingFiles` false the module files and the
    /// catalogue are listed in `files` (and checked to stay in the folder) but not read, and the
    /// curriculum has neither: all `fmt` needs to find its files (parsing them there was an eighth
    /// of `fmt --check`, on one core, before the files were formatted on both).
    func load(folder: String, readingFiles: Bool) -> Result {
        var result = Result(curriculum: nil, diagnostics: [], sources: [:], files: [])
        let manifestPath = fileSystem.join(folder, Self.manifestName)
        guard case .file = fileSystem.kind(of: manifestPath) else {
            result.diagnostics.append(.noManifest(in: folder))
            return result
        }
        let root = fileSystem.canonicalPath(folder)
        result.root = root
        if Self.leaves(resolved(Self.manifestName, in: folder, root: root), root: root) {
            result.diagnostics.append(.fileOutsideCurriculum(manifestPath, at: nil))
            return result
        }
        result.files.append(manifestPath)
        let manifestSource: SourceText
        switch source(at: manifestPath) {
        case .failure(let diagnostic):
            result.diagnostics.append(diagnostic)
            return result
        case .success(let source): manifestSource = source
        }
        result.sources[manifestPath] = manifestSource
        let parsedManifest = ManifestParser.parse(manifestSource)
        result.diagnostics += parsedManifest.diagnostics
        guard let manifest = parsedManifest.manifest else { return result }
        var curriculum = Curriculum(folder: folder, manifest: manifest, comments: parsedManifest.comments)

        // Module files: as listed, or every module file in the folder when none are listed.
        var names: [String] = []
        switch fileSystem.entries(of: folder) {
        case .success(let entries): names = entries
        case .failure(let error): result.diagnostics.append(error.diagnostic(path: folder))
        }
        var listed = manifest.moduleFiles
        let catalogueName = manifest.annexFile
        let candidates = names.filter { name in
            name.lowercased().hasSuffix(".md") && name != Self.manifestName && name != catalogueName
                && !Self.documentationNames.contains(name.lowercased()) && !name.hasPrefix(".")
        }
        if manifest.fields.contains(where: { $0.kind == .modules }) {
            let listedNames = Set(listed.map(\.path))
            for name in candidates where !listedNames.contains(name) {
                let path = fileSystem.join(folder, name)
                if !Self.leaves(resolved(name, in: folder, root: root), root: root),
                    case .success(let source) = source(at: path),
                    Self.startsWithModuleHeading(source)
                {
                    result.diagnostics.append(.unlistedModule(name, at: path))
                }
            }
        } else {
            listed = candidates.map { FileReference(path: $0, location: manifest.location) }
        }

        var seen: [Int: Module] = [:]
        var listedOnce: [String: FileReference] = [:]
        for reference in listed {
            let path = fileSystem.join(folder, reference.path)
            if let escape = escapes(reference.path, folder: folder) {
                result.diagnostics.append(.moduleFileOutsideFolder(reference, escape))
                continue
            }
            // One file listed twice is read once, and the second line reported. The path is
            // resolved once, for both tests.
            let resolved = resolved(reference.path, in: folder, root: root)
            let key = resolved ?? path
            if let first = listedOnce[key] {
                result.diagnostics.append(.moduleListedTwice(reference, first: first))
                continue
            }
            listedOnce[key] = reference
            if Self.leaves(resolved, root: root) {
                result.diagnostics.append(.fileOutsideCurriculum(path, at: reference.location))
                continue
            }
            let missing = {
                let suggestion = EditDistance.suggestion(for: reference.path, among: candidates)
                return Diagnostic.missingModuleFile(reference, suggestion: suggestion)
            }
            guard readingFiles else {
                if case .missing = fileSystem.kind(of: path) {
                    result.diagnostics.append(missing())
                } else {
                    result.files.append(path)
                }
                continue
            }
            // Whether the file is there is asked only when it cannot be read: a look before every
            // read was a path lookup more per file (docs/performance.md).
            switch parsedModule(at: path) {
            case .failure(let diagnostic):
                if case .missing = fileSystem.kind(of: path) {
                    result.diagnostics.append(missing())
                    continue
                }
                result.files.append(path)
                result.diagnostics.append(diagnostic)
            case .success(let (source, parsed)):
                result.files.append(path)
                result.sources[path] = source
                result.commentFreeBytes[path] = parsed.commentFreeBytes
                result.diagnostics += parsed.diagnostics
                curriculum.comments += parsed.comments
                if let module = parsed.module {
                    if let earlier = seen[module.number] {
                        result.diagnostics.append(.moduleDefinedTwice(module, first: earlier))
                    }
                    seen[module.number] = module
                    curriculum.modules.append(module)
                } else if !parsed.diagnostics.contains(where: { $0.severity == .error }) {
                    result.diagnostics.append(.noModuleHeading(reference, at: path))
                }
            }
        }

        // The annex catalogue.
        let cataloguePath = fileSystem.join(folder, catalogueName)
        let explicitCatalogue = manifest.fields.contains { $0.kind.isAnnexFile }
        switch fileSystem.kind(of: cataloguePath) {
        case .missing where !explicitCatalogue:
            break
        case _ where Self.leaves(resolved(catalogueName, in: folder, root: root), root: root):
            result.diagnostics.append(.fileOutsideCurriculum(cataloguePath, at: nil))
        case _ where !readingFiles:
            result.files.append(cataloguePath)
        default:
            result.files.append(cataloguePath)
            switch source(at: cataloguePath, listedAt: nil) {
            case .failure(let diagnostic):
                if explicitCatalogue, let field = manifest.fields.first(where: { $0.kind.isAnnexFile }),
                    case .missing = fileSystem.kind(of: cataloguePath)
                {
                    result.diagnostics.append(.missingCatalogue(catalogueName, namedBy: field))
                } else {
                    result.diagnostics.append(diagnostic)
                }
            case .success(let source):
                result.sources[cataloguePath] = source
                let parsed = CatalogueParser.parse(source)
                result.diagnostics += parsed.diagnostics
                curriculum.comments += parsed.comments
                curriculum.annexCatalogue = parsed.catalogue
            }
        }
        result.curriculum = curriculum
        return result
    }

    /// Why a listed path leaves the curriculum folder, if it does.
    func escapes(_ path: String, folder: String) -> LocalizedText? {
        if path.hasPrefix("/") { return LocalizedText(en: "is an absolute path", nl: "is een absoluut pad") }
        if path.split(separator: "/").contains("..") {
            return LocalizedText(
                en: "points outside the curriculum folder (`..`)", nl: "wijst buiten de curriculummap (`..`)")
        }
        return nil
    }

    /// Whether `path` resolves (through symbolic links) to a place outside the folder whose
    /// resolved path is `root`: such a file is never read, so that a curriculum from someone else
    /// cannot make the tool print or rewrite a file elsewhere on the machine (issue 14, item 4).
    /// A path that does not resolve (missing, a link loop) is left to the read to report.
    public func leavesFolder(_ path: String, root: String?) -> Bool {
        Self.leaves(root == nil ? nil : fileSystem.canonicalPath(path), root: root)
    }

    /// The canonical path of `name` in `folder`, whose canonical path is `root` (when it has one):
    /// by name inside the resolved folder, not by the whole path again.
    func resolved(_ name: String, in folder: String, root: String?) -> String? {
        guard let root else { return fileSystem.canonicalPath(fileSystem.join(folder, name)) }
        return fileSystem.canonicalPath(of: name, in: folder, resolvedFolder: root)
    }

    /// `leavesFolder` for a path already resolved (`nil`: it does not resolve).
    static func leaves(_ resolved: String?, root: String?) -> Bool {
        guard let root, let real = resolved else { return false }
        return !(real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/"))
    }

    static func startsWithModuleHeading(_ source: SourceText) -> Bool {
        for number in 1...min(source.lineCount, 50) {
            let line = source.line(number).trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("<!--") { continue }
            return line.hasPrefix("# ") && HeadingParser.module(String(line.dropFirst(2))) != nil
        }
        return false
    }
}

extension Diagnostic {
    fileprivate static func noManifest(in folder: String) -> Diagnostic {
        Diagnostic(
            .noCurriculum, en: "no \(CurriculumLoader.manifestName) in '\(folder)'",
            nl: "geen \(CurriculumLoader.manifestName) in '\(folder)'", at: nil,
            hint: FixHint(
                en: "give the folder that holds curriculum.md, or create one with 'curriculum init \(folder)'",
                nl: "geef de map met curriculum.md, of maak er een met 'curriculum init \(folder)'"))
    }

    fileprivate static func unlistedModule(_ name: String, at path: String) -> Diagnostic {
        Diagnostic(
            .unlistedModuleFile,
            en: "'\(name)' holds a module but curriculum.md does not list it; it is not part of the curriculum",
            nl: "'\(name)' bevat een module, maar curriculum.md noemt hem niet; hij hoort dus niet bij het curriculum",
            at: SourceLocation(file: path, line: 1, column: 1),
            hint: FixHint(
                en: "add `- \(name)` to the Modules list in curriculum.md, or remove the file",
                nl: "zet `- \(name)` in de lijst Modules in curriculum.md, of haal het bestand weg"))
    }

    fileprivate static func moduleFileOutsideFolder(_ reference: FileReference, _ escape: LocalizedText) -> Diagnostic {
        Diagnostic(
            .moduleFileMissing, en: "module file '\(reference.path)' \(escape.english)",
            nl: "modulebestand '\(reference.path)' \(escape.dutch)", at: reference.location,
            length: reference.path.unicodeScalars.count,
            hint: FixHint(
                en: "module files live inside the curriculum folder", nl: "modulebestanden horen in de curriculummap"))
    }

    /// A file of the curriculum that a symbolic link takes out of its folder: named, never read or
    /// quoted. Shared by everything that reads or writes a curriculum's files.
    static func fileOutsideCurriculum(_ path: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(
            .fileOutsideCurriculum,
            en: "'\(path)' leads to a file outside the curriculum folder; it was not read",
            nl: "'\(path)' verwijst naar een bestand buiten de map van het curriculum; het is niet gelezen",
            at: location.map { SourceRange(start: $0, length: 1) }
                ?? SourceRange(
                    start: SourceLocation(file: path, line: 1, column: 1), length: 1),
            hint: FixHint(
                en: "copy the file into the curriculum folder instead of linking to it",
                nl: "kopieer het bestand naar de map van het curriculum in plaats van ernaar te verwijzen"))
    }

    fileprivate static func moduleListedTwice(_ reference: FileReference, first: FileReference) -> Diagnostic {
        Diagnostic(
            .moduleListedTwice,
            en: "module file '\(reference.path)' is listed twice; it is read once",
            nl: "modulebestand '\(reference.path)' staat twee keer in de lijst; het wordt één keer gelezen",
            at: reference.location, length: reference.path.unicodeScalars.count,
            hint: FixHint(
                en: "remove this line from the Modules list", nl: "haal deze regel weg uit de lijst met modules"),
            notes: [.init(en: "first listed here", nl: "hier staat het voor het eerst", at: first.location)])
    }

    fileprivate static func missingModuleFile(_ reference: FileReference, suggestion: String?) -> Diagnostic {
        Diagnostic(
            .moduleFileMissing, en: "module file '\(reference.path)' does not exist",
            nl: "modulebestand '\(reference.path)' bestaat niet", at: reference.location,
            length: reference.path.unicodeScalars.count,
            hint: FixHint(
                en: suggestion.map { "did you mean '\($0)'?" } ?? "create the file or remove it from the Modules list",
                nl: suggestion.map { "bedoelde je '\($0)'?" } ?? "maak het bestand, of haal het uit de lijst Modules",
                replacement: suggestion))
    }

    fileprivate static func moduleDefinedTwice(_ module: Module, first earlier: Module) -> Diagnostic {
        Diagnostic(
            .duplicateModule, en: "module \(module.number) is defined twice",
            nl: "module \(module.number) staat er twee keer in", at: module.location, length: 2,
            hint: FixHint(en: "give each module its own number", nl: "geef elke module een eigen nummer"),
            notes: [
                .init(
                    en: "module \(module.number) is first defined here",
                    nl: "hier staat module \(module.number) voor het eerst",
                    at: earlier.location)
            ])
    }

    fileprivate static func noModuleHeading(_ reference: FileReference, at path: String) -> Diagnostic {
        Diagnostic(
            .textBeforeHeading, en: "'\(reference.path)' has no module heading",
            nl: "'\(reference.path)' heeft geen modulekop", at: SourceLocation(file: path, line: 1, column: 1),
            hint: FixHint(
                en: "start the file with `# Module N: title`", nl: "begin het bestand met `# Module N: titel`"))
    }

    fileprivate static func missingCatalogue(_ name: String, namedBy field: FieldOccurrence) -> Diagnostic {
        Diagnostic(
            .unreadableFile, en: "the annex catalogue '\(name)' does not exist",
            nl: "de bijlagenlijst '\(name)' bestaat niet", at: field.location,
            length: field.label.unicodeScalars.count,
            hint: FixHint(en: "create it, or correct the file name", nl: "maak hem, of verbeter de bestandsnaam"))
    }
}
