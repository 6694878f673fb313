import Testing

@testable import CurriculumKit

/// Pins the default severity of every diagnostic code: CI configurations and `check --strict`
/// depend on which findings are errors, so lowering (or raising) a rule's severity must be a
/// deliberate change to this table as well as to the code.
@Suite struct DiagnosticSeverityTests {
    /// Every code's ID and its default severity, written out by hand.
    static let expected: [String: Severity] = [
        "CUR001": .error,
        "CUR002": .error,
        "CUR003": .error,
        "CUR004": .error,
        "CUR005": .error,
        "CUR006": .error,
        "CUR007": .error,
        "CUR008": .error,
        "CUR101": .error,
        "CUR102": .warning,
        "CUR103": .error,
        "CUR104": .error,
        "CUR105": .error,
        "CUR106": .error,
        "CUR107": .error,
        "CUR108": .error,
        "CUR109": .error,
        "CUR110": .error,
        "CUR111": .error,
        "CUR112": .error,
        "CUR113": .error,
        "CUR201": .error,
        "CUR202": .error,
        "CUR203": .warning,
        "CUR204": .warning,
        "CUR205": .warning,
        "CUR206": .warning,
        "CUR207": .warning,
        "CUR210": .error,
        "CUR211": .error,
        "CUR212": .error,
        "CUR213": .error,
        "CUR214": .warning,
        "CUR220": .error,
        "CUR221": .warning,
        "CUR222": .error,
        "CUR301": .error,
        "CUR302": .warning,
        "CUR303": .error,
        "CUR304": .error,
        "CUR305": .warning,
        "CUR306": .error,
        "CUR307": .note,
        "CUR401": .error,
        "CUR402": .error,
        "CUR403": .error,
        "CUR404": .error,
        "CUR405": .warning,
        "CUR406": .warning,
        "CUR407": .warning,
        "CUR408": .error,
        "CUR501": .error,
        "CUR502": .note,
        "CUR601": .warning,
        "CUR701": .error,
        "CUR702": .error,
        "CUR703": .error,
        "CUR704": .error,
        "CUR705": .error,
        "CUR706": .error,
        "CUR707": .error,
        "CUR708": .error,
        "CUR709": .error,
        "CUR710": .error,
        "CUR711": .error,
        "CUR712": .warning,
        "CUR713": .warning,
        "CUR714": .warning,
        "CUR715": .warning,
        "CUR716": .error,
        "CUR717": .warning,
        "CUR718": .error,
        "CUR719": .error,
        "CUR720": .error,
        "CUR721": .error,
        "CUR722": .error,
        "CUR723": .error,
        "CUR801": .error,
        "CUR802": .error,
        "CUR803": .error,
        "CUR804": .error,
        "CUR805": .error,
        "CUR806": .error,
        "CUR807": .error,
        "CUR808": .error,
        "CUR901": .error,
        "CUR902": .warning,
        "CUR903": .error,
    ]

    @Test(arguments: DiagnosticCode.all)
    func severityIsPinned(_ code: DiagnosticCode) {
        #expect(Self.expected[code.id] == code.defaultSeverity, "\(code.id) \(code.name)")
    }

    @Test func everyPinnedCodeExists() {
        #expect(Set(Self.expected.keys) == Set(DiagnosticCode.all.map(\.id)))
    }
}
