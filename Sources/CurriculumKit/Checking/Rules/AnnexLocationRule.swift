#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Where an annex can be found must work for everyone who gets the curriculum: a file inside the
/// curriculum folder, named by a relative path (an absolute path or `..` works on one machine only,
/// and a symbolic link out of the folder is lost when the folder is copied), or a well-formed
/// `https` address.
public struct AnnexLocationRule: Rule {
    public static let codes: [DiagnosticCode] = [
        .missingAnnexFile, .annexPathOutside, .malformedAnnexURL, .insecureAnnexURL,
    ]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var targets: [(AnnexTarget, String, SourceLocation, Int)] = []
        for entry in curriculum.annexCatalogue?.entries ?? [] {
            if let target = entry.target {
                targets.append(
                    (target, entry.id.written(in: curriculum.language), entry.location, entry.written.scalarCount))
            }
        }
        curriculum.forEachExercise { exercise in
            for reference in exercise.annexes {
                if let target = reference.target {
                    targets.append(
                        (
                            target, reference.id.written(in: curriculum.language), reference.location,
                            reference.written.scalarCount
                        ))
                }
            }
        }
        // The folder is resolved only when there is a path to check: most annexes are addresses.
        let hasPath = targets.contains { if case .path = $0.0 { true } else { false } }
        let folderRoot = hasPath ? context.fileSystem.canonicalPath(curriculum.folder) : nil
        var seen: Set<String> = []
        for (target, annex, location, length) in targets {
            switch target {
            case .url(let url):
                if let problem = Self.urlProblem(url) {
                    found.append(.badAnnexAddress(url, of: annex, problem: problem, at: location, length: length))
                }
            case .path(let path):
                guard seen.insert(path + "\u{0}" + location.description).inserted else { continue }
                found += pathProblems(
                    path, annex: annex, at: location, length: length, folder: curriculum.folder, folderRoot: folderRoot,
                    fileSystem: context.fileSystem)
            }
        }
        return found
    }

    private func pathProblems(
        _ path: String, annex: String, at location: SourceLocation, length: Int, folder: String, folderRoot: String?,
        fileSystem: any FileSystem
    ) -> [Diagnostic] {
        if path.isEmpty {
            return [.emptyAnnexLocation(of: annex, at: location, length: length)]
        }
        if path.hasPrefix("/") || path.hasPrefix("~") || path.hasPrefix("\\")
            || (path.count > 1 && path.dropFirst().hasPrefix(":"))
        {
            return [.absoluteAnnexPath(path, of: annex, at: location, length: length)]
        }
        if path.split(separator: "/").contains("..") {
            return [.annexPathLeavingFolder(path, of: annex, at: location, length: length)]
        }
        let full = fileSystem.join(folder, path)
        switch fileSystem.kind(of: full) {
        case .file:
            if let root = folderRoot, let real = fileSystem.canonicalPath(full),
                !real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
            {
                return [.annexLinkLeavingFolder(path, to: real, of: annex, at: location, length: length)]
            }
            return []
        case .directory:
            return [.annexPathIsFolder(path, of: annex, at: location, length: length)]
        default:
            return [.missingAnnexFile(path, full: full, of: annex, at: location, length: length)]
        }
    }

    /// What is wrong with an address, if anything.
    static func urlProblem(_ text: String) -> URLProblem? {
        let malformed = URLProblem.malformed
        guard !text.containsWhitespace, let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased()
        else { return malformed }
        if scheme == "https" || scheme == "http" {
            guard let host = components.host, !host.isEmpty, host.contains("."), !host.hasPrefix("."),
                !host.hasSuffix(".")
            else { return malformed }
            if scheme == "http" {
                return .http(rest: String(text.dropFirst(7)))
            }
            return nil
        }
        return .otherScheme(scheme)
    }

    /// What is wrong with an annex's web address.
    enum URLProblem: Equatable {
        /// Not a web address at all (CUR404).
        case malformed
        /// `http://` and `rest` (CUR405).
        case http(rest: String)
        /// A scheme other than http and https (CUR405).
        case otherScheme(String)
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "a file that is not there",
            files: [
                "module-1.md": ExampleText.module(ExampleText.exercise(extra: "Bijlagen:\n- 1.A.1.1 bijlage 1")),
                "annexes.md": ExampleText.catalogue("- ↓1.A.1.1 bijlage 1: Rollen <bijlagen/rollen.pdf>"),
            ], triggers: .missingAnnexFile),
        RuleExample(
            "a path that climbs out of the folder",
            files: [
                "module-1.md": ExampleText.module(ExampleText.exercise(extra: "Bijlagen:\n- 1.A.1.1 bijlage 1")),
                "annexes.md": ExampleText.catalogue("- ↓1.A.1.1 bijlage 1: Rollen <../gedeeld/rollen.pdf>"),
            ], triggers: .annexPathOutside),
        RuleExample(
            "an absolute path",
            files: [
                "module-1.md": ExampleText.module(ExampleText.exercise(extra: "Bijlagen:\n- 1.A.1.1 bijlage 1")),
                "annexes.md": ExampleText.catalogue("- ↓1.A.1.1 bijlage 1: Rollen </home/trainer/rollen.pdf>"),
            ], triggers: .annexPathOutside),
        RuleExample(
            "an address without a host",
            files: [
                "module-1.md": ExampleText.module(ExampleText.exercise(extra: "Bijlagen:\n- 1.A.1.1 bijlage 1")),
                "annexes.md": ExampleText.catalogue("- ↓1.A.1.1 bijlage 1: Rollen <https:/example.org/rollen.pdf>"),
            ], triggers: .malformedAnnexURL),
        RuleExample(
            "an http address in a reference",
            module: ExampleText.module(
                ExampleText.exercise(extra: "Bijlagen:\n- ↓1.A.1.1 bijlage 1: Rollen <http://example.org/rollen.pdf>")),
            catalogue: ExampleText.catalogue("- 1.A.1.1 bijlage 1: Rollen"), triggers: .insecureAnnexURL),
        RuleExample(
            "a file inside the folder and an https address",
            files: [
                "module-1.md": ExampleText.module(
                    ExampleText.exercise(extra: "Bijlagen:\n- 1.A.1.1 bijlage 1\n- 1.A.1.1 bijlage 2")),
                "annexes.md": ExampleText.catalogue(
                    "- 1.A.1.1 bijlage 1: Rollen <bijlagen/rollen.pdf>\n- 1.A.1.1 bijlage 2: Vragen <https://example.org/vragen.pdf>"
                ),
                "bijlagen/rollen.pdf": "%PDF-1.4",
            ]),
    ]
}

extension Diagnostic {
    fileprivate static func badAnnexAddress(
        _ url: String, of annex: String, problem: AnnexLocationRule.URLProblem, at location: SourceLocation,
        length: Int
    ) -> Diagnostic {
        switch problem {
        case .malformed:
            return Diagnostic(
                .malformedAnnexURL, en: "the address of `\(annex)` is not a well-formed web address: <\(url)>",
                nl: "het adres van `\(annex)` is geen geldig webadres: <\(url)>", at: location, length: length,
                hint: FixHint(
                    en: "write the complete address, `https://host/path`, without spaces",
                    nl: "schrijf het volledige adres, `https://host/pad`, zonder spaties"))
        case .http(let rest):
            return Diagnostic(
                .insecureAnnexURL, en: "the address of `\(annex)` uses http, not https: <\(url)>",
                nl: "het adres van `\(annex)` gebruikt http in plaats van https: <\(url)>", at: location,
                length: length,
                hint: FixHint(
                    en: "write `https://\(rest)` if the site offers it",
                    nl: "schrijf `https://\(rest)` als de site dat aanbiedt"))
        case .otherScheme(let scheme):
            return Diagnostic(
                .insecureAnnexURL, en: "the address of `\(annex)` uses '\(scheme):', not https: <\(url)>",
                nl: "het adres van `\(annex)` gebruikt '\(scheme):' in plaats van https: <\(url)>", at: location,
                length: length,
                hint: FixHint(
                    en: "publish the document on an https address, or put the file in the curriculum folder",
                    nl: "zet het document op een https-adres, of zet het bestand in de curriculummap"))
        }
    }

    fileprivate static func emptyAnnexLocation(of annex: String, at location: SourceLocation, length: Int)
        -> Diagnostic
    {
        Diagnostic(
            .missingAnnexFile, en: "the location of `\(annex)` is empty", nl: "de vindplaats van `\(annex)` is leeg",
            at: location, length: length,
            hint: FixHint(
                en: "write the file's path between `<` and `>`, or remove the brackets",
                nl: "zet het pad van het bestand tussen `<` en `>`, of haal de haken weg"))
    }

    fileprivate static func absoluteAnnexPath(
        _ path: String, of annex: String, at location: SourceLocation, length: Int
    ) -> Diagnostic {
        let name = path.split(separator: "/").last.map(String.init) ?? "bestand"
        return Diagnostic(
            .annexPathOutside, en: "the file of `\(annex)` is given by an absolute path: <\(path)>",
            nl: "het bestand van `\(annex)` staat er met een absoluut pad: <\(path)>", at: location, length: length,
            hint: FixHint(
                en:
                    "copy the file into the curriculum folder and name it relative to it, for example <bijlagen/\(name)>",
                nl:
                    "kopieer het bestand naar de curriculummap en noem het pad vanaf die map, bijvoorbeeld <bijlagen/\(name)>"
            ))
    }

    fileprivate static func annexPathLeavingFolder(
        _ path: String, of annex: String, at location: SourceLocation, length: Int
    ) -> Diagnostic {
        Diagnostic(
            .annexPathOutside, en: "the file of `\(annex)` lies outside the curriculum folder: <\(path)> uses `..`",
            nl: "het bestand van `\(annex)` staat buiten de curriculummap: <\(path)> gebruikt `..`",
            at: location, length: length,
            hint: FixHint(
                en: "move the file into the curriculum folder and name it relative to it",
                nl: "verplaats het bestand naar de curriculummap en noem het pad vanaf die map"))
    }

    fileprivate static func annexLinkLeavingFolder(
        _ path: String, to real: String, of annex: String, at location: SourceLocation, length: Int
    ) -> Diagnostic {
        Diagnostic(
            .annexPathOutside,
            en: "the file of `\(annex)`, <\(path)>, is a link to '\(real)', outside the curriculum folder",
            nl: "het bestand van `\(annex)`, <\(path)>, is een link naar '\(real)', buiten de curriculummap",
            at: location, length: length,
            hint: FixHint(
                en: "replace the link with a copy of the file, so that the folder is complete on its own",
                nl: "vervang de link door een kopie van het bestand, zodat de map op zichzelf compleet is"))
    }

    fileprivate static func annexPathIsFolder(
        _ path: String, of annex: String, at location: SourceLocation, length: Int
    ) -> Diagnostic {
        Diagnostic(
            .missingAnnexFile, en: "the file of `\(annex)`, <\(path)>, is a folder",
            nl: "het bestand van `\(annex)`, <\(path)>, is een map", at: location, length: length,
            hint: FixHint(en: "name the document itself", nl: "noem het document zelf"))
    }

    fileprivate static func missingAnnexFile(
        _ path: String, full: String, of annex: String, at location: SourceLocation, length: Int
    ) -> Diagnostic {
        Diagnostic(
            .missingAnnexFile, en: "the file of `\(annex)` does not exist: <\(path)>",
            nl: "het bestand van `\(annex)` bestaat niet: <\(path)>", at: location, length: length,
            hint: FixHint(
                en: "add the file at \(full), or correct the path (it is relative to the curriculum folder)",
                nl: "zet het bestand op \(full), of verbeter het pad (dat loopt vanaf de curriculummap)"))
    }
}
