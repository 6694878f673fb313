/// Which parser reads a curriculum file: `fmt` and the fuzzer need to know, because the same line
/// means different things in a manifest, a module file and the annex catalogue.
public enum FileRole: String, Sendable, CaseIterable {
    case manifest
    case module
    case catalogue
    /// A plan file (`*.plan.md`): only the layout rewrites that every file shares apply.
    case plan

    /// The role of a file in a curriculum folder, from its name: `curriculum.md` is the manifest,
    /// the catalogue's name (from the manifest, `annexes.md` by default) the catalogue, `*.plan.md` a
    /// plan, anything else a module file.
    public static func of(fileName: String, catalogueName: String = "annexes.md") -> FileRole {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        if name == CurriculumLoader.manifestName { return .manifest }
        if name.hasSuffix(PlanParser.fileSuffix) { return .plan }
        if name == catalogueName { return .catalogue }
        return .module
    }
}
