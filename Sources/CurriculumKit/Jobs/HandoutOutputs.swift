/// Where `export --plan … --output-dir DIR` writes each plan's handout: in the folder, named after
/// its plan file without `.plan.md` (or `.md`), with the format's extension (`dinsdag.plan.md` →
/// `DIR/dinsdag.pdf`). Two plans that would land on the same file are refused before any work.
public enum HandoutOutputs {
    /// Two plans whose handouts would get the same file name.
    public struct Clash: Error, Equatable, Sendable {
        public var firstPlan: String
        public var secondPlan: String
        /// The file name both would get.
        public var file: String
    }

    /// One path per plan, in the plans' order.
    public static func paths(
        forPlans plans: [String], in folder: String, format: ExportRequest.Format, fileSystem: some FileSystem
    ) -> Result<[String], Clash> {
        var taken: [String: String] = [:]
        var paths: [String] = []
        for plan in plans {
            let file = "\(stem(of: plan)).\(format.rawValue)"
            if let other = taken[file] { return .failure(Clash(firstPlan: other, secondPlan: plan, file: file)) }
            taken[file] = plan
            paths.append(fileSystem.join(folder, file))
        }
        return .success(paths)
    }

    /// The plan file's name without its folder and without `.plan.md` or `.md`.
    static func stem(of plan: String) -> String {
        let name = String(plan.split(separator: "/").last ?? "")
        return [".plan.md", ".md"].first { name.hasSuffix($0) && name.count > $0.count }
            .map { String(name.dropLast($0.count)) } ?? name
    }
}
