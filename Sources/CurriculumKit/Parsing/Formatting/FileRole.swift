/// Which parser reads a curriculum file: `fmt` and the fuzzer need to know, because the same line
/// means different things in a manifest, a module file and the annex catalogue.
public enum FileRole: String, Sendable, CaseIterable {
    case manifest
    case module
    case catalogue

    /// The role of a file in a curriculum folder, from its name: `curriculum.md` is the manifest,
    /// the catalogue's name (from the manifest, `annexes.md` by default) the catalogue, anything else
    /// a module file.
    public static func of(fileName: String, catalogueName: String = "annexes.md") -> FileRole {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        if name == CurriculumLoader.manifestName { return .manifest }
        if name == catalogueName { return .catalogue }
        return .module
    }
}
