/// Which findings a check run reports.
public struct CheckOptions: Sendable {
    /// Report only these codes (empty: all).
    public var select: Set<String>
    /// Never report these codes.
    public var ignore: Set<String>
    /// Stop reporting after this many errors (nil: no limit).
    public var maximumErrors: Int?
    /// Today's date, passed in by the caller (the library reads no clock): a plan that notes what
    /// a day really took while that day lies after today is a finding (CUR722). `nil`: not checked.
    public var today: CalendarDate?

    public init(
        select: Set<String> = [], ignore: Set<String> = [], maximumErrors: Int? = nil, today: CalendarDate? = nil
    ) {
        self.select = select
        self.ignore = ignore
        self.maximumErrors = maximumErrors
        self.today = today
    }

    func reports(_ code: DiagnosticCode) -> Bool {
        if ignore.contains(code.id) { return false }
        return select.isEmpty || select.contains(code.id)
    }
}
