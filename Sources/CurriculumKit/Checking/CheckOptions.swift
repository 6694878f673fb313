/// Which findings a check run reports.
public struct CheckOptions: Sendable {
    /// Report only these codes (empty: all).
    public var select: Set<String>
    /// Never report these codes.
    public var ignore: Set<String>
    /// Stop reporting after this many errors (nil: no limit).
    public var maximumErrors: Int?

    public init(select: Set<String> = [], ignore: Set<String> = [], maximumErrors: Int? = nil) {
        self.select = select
        self.ignore = ignore
        self.maximumErrors = maximumErrors
    }

    func reports(_ code: DiagnosticCode) -> Bool {
        if ignore.contains(code.id) { return false }
        return select.isEmpty || select.contains(code.id)
    }
}
