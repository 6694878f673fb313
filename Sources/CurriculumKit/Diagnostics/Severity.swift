/// How serious a finding is. Errors fail `check`; warnings fail it with `--strict`; notes never do.
public enum Severity: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
