import Testing

@testable import CurriculumKit

/// Looking a code up by its ID or name, in any case, as `--select`, `--ignore` and suppressions do.
@Suite struct DiagnosticCodeTests {
    @Test func everyCodeIsFoundByItsIDAndNameInAnyCase() {
        for code in DiagnosticCode.all {
            #expect(code.id.utf8.allSatisfy { $0 < 0x80 } && code.name.utf8.allSatisfy { $0 < 0x80 }, "\(code.id)")
            for key in [code.id, code.name, code.id.lowercased(), code.name.uppercased(), code.name.capitalized] {
                #expect(DiagnosticCode.named(key) == code, "\(key)")
            }
        }
        #expect(DiagnosticCode.named("CUR999") == nil)
        #expect(DiagnosticCode.named("") == nil)
        // Unicode upper-casing still applies to text beyond ASCII: the long s upper-cases to S.
        #expect(DiagnosticCode.named("unreſolved-annex") == DiagnosticCode.named("unresolved-annex"))
    }
}
