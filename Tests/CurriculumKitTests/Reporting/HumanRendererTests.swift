import Testing

@testable import CurriculumKit

@Suite struct HumanRendererTests {
    private func render(_ text: String) -> String {
        let result = parseModule(text, path: "m.md")
        let source = try? SourceText.decode(text, path: "m.md").get()
        return result.diagnostics.map { HumanRenderer(useColor: false).render($0) { _ in source } }.joined()
    }

    @Test func caretUnderTheRange() {
        let output = render("# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nDuur: 1,30 uur\n")
        #expect(
            output.hasPrefix(
                """
                m.md:5:7: warning[CUR302]: '1,30 uur' is ambiguous: 78 min if the decimal is a fraction of an hour, 90 min if it counts minutes; read as 78 min
                  |
                5 | Duur: 1,30 uur
                  |       ^^^^^^^^
                  = help: write `1 uur 30 min` for 90 minutes, or `78 min` for 78 minutes

                """))
    }

    @Test func tabsAreExpandedUnderTheCaret() {
        let output = render("# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nMateriaal:\tx\nDuur:\t1 dag\n")
        #expect(output.contains("6 | Duur:   1 dag\n  |           ^^^\n"))
    }

    @Test func wideCharactersTakeTwoColumns() {
        let output = render("# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nDuur: 漢字 1 dag\n")
        #expect(
            output.contains(
                "m.md:5:7: error[CUR301]: cannot read '漢字 1 dag' as a duration: '漢字' is not a number or a unit"))
        #expect(output.contains("5 | Duur: 漢字 1 dag\n  |       ^^^^\n"))
    }

    @Test func emojiAndCombiningMarks() {
        #expect(DisplayWidth.of("🙂") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("abc") == 3)
    }

    @Test func coloursOnlyWhenAsked() {
        let diagnostic = Diagnostic(
            .emptyFile, .same("the file is empty"), at: SourceLocation(file: "e.md", line: 1, column: 1))
        #expect(!HumanRenderer(useColor: false).render(diagnostic) { _ in nil }.contains("\u{1B}"))
        #expect(HumanRenderer(useColor: true).render(diagnostic) { _ in nil }.contains("\u{1B}[1;31merror[CUR004]"))
    }

    @Test func crlfSourceLinesAreDrawnWithoutTheirCarriageReturn() {
        let text = "# Module 1: x\r\n## 1.A t\r\n### Niveau 1\r\n#### 1.A.1.1 t\r\nDuur: 1 dag\r\n"
        let output = render(text)
        #expect(output.contains("5 | Duur: 1 dag\n"))
    }
}
