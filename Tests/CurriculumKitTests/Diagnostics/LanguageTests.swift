import Testing

@testable import CurriculumKit

/// The user's language: from `--lang`, else the locale as POSIX reads it; and every finding the
/// rules and readers report, said in both languages.
@Suite struct LanguageTests {
    @Test(
        arguments: [
            ([:], nil, Language.english),
            (["LANG": "nl_NL.UTF-8"], nil, .dutch),
            (["LANG": "nl_BE"], nil, .dutch),
            (["LANG": "nl"], nil, .dutch),
            (["LANG": "nl_NL@euro"], nil, .dutch),
            (["LANG": "C"], nil, .english),
            (["LANG": "POSIX"], nil, .english),
            (["LANG": "C.UTF-8"], nil, .english),
            (["LANG": "en_GB.UTF-8"], nil, .english),
            (["LANG": "de_DE.UTF-8"], nil, .english),
            (["LANG": "nld"], nil, .english),
            (["LANG": ""], nil, .english),
            (["LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"], nil, .dutch),
            (["LC_ALL": "C", "LC_MESSAGES": "nl_NL.UTF-8", "LANG": "nl_NL.UTF-8"], nil, .english),
            (["LC_ALL": "nl_NL.UTF-8", "LANG": "C"], nil, .dutch),
            (["LC_ALL": "", "LANG": "nl_NL.UTF-8"], nil, .dutch),
            (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "nl_BE.UTF-8"], nil, .dutch),
            (["LANG": "nl_NL.UTF-8"], Language.english, .english),
            (["LANG": "C"], Language.dutch, .dutch),
            ([:], Language.dutch, .dutch),
        ] as [([String: String], Language?, Language)])
    func localeResolution(environment: [String: String], override: Language?, expected: Language) {
        #expect(Language.ofUser(environment: environment, override: override) == expected)
    }

    /// Every finding of every rule example and every reading example, with its hint and notes, has
    /// a Dutch wording that is not the English one.
    @Test func everyExampleFindingIsTranslated() {
        var findings: [Diagnostic] = []
        for rule in RuleRegistry.rules {
            for example in type(of: rule).examples { findings += example.findings(of: rule) }
        }
        for example in ReadingExamples.examples { findings += example.findings(among: ReadingExamples.codes) }
        #expect(Set(findings.map(\.code)).count >= 30, "only \(Set(findings.map(\.code)).count) codes exercised")
        var untranslated: [String] = []
        for finding in findings {
            let texts = [finding.text] + (finding.hint.map { [$0.text] } ?? []) + finding.notes.map(\.text)
            for text in texts where text.dutch == text.english || text.dutch.isEmpty {
                untranslated.append("\(finding.code.id): \(text.english)")
            }
        }
        #expect(untranslated.isEmpty, "\(untranslated)")
    }

    @Test func theHumanRendererSpeaksTheUsersLanguage() {
        let finding = Diagnostic(
            .unresolvedAnnex, en: "`x` is not in the annex catalogue", nl: "`x` staat niet in de bijlagenlijst",
            at: CurriculumKit.SourceLocation(file: "m.md", line: 1, column: 1),
            hint: FixHint(en: "write `y`", nl: "schrijf `y`", replacement: "y"),
            notes: [
                .init(
                    en: "`y` is listed here", nl: "`y` staat hier",
                    at: CurriculumKit.SourceLocation(file: "b.md", line: 2, column: 3))
            ])
        let dutch = HumanRenderer(useColor: false, language: .dutch).render(finding) { _ in nil }
        #expect(
            dutch == """
                m.md:1:1: fout[CUR401]: `x` staat niet in de bijlagenlijst
                  = tip: schrijf `y`
                  = opmerking: `y` staat hier: b.md:2:3

                """)
        let english = HumanRenderer(useColor: false).render(finding) { _ in nil }
        #expect(english.contains("error[CUR401]: `x` is not in the annex catalogue\n  = help: write `y`\n  = note:"))
        for word in HumanRenderer.Word.allCases {
            #expect(HumanRenderer.word(word, in: .dutch) != HumanRenderer.word(word, in: .english))
        }
    }

    @Test func fmtSumsUpInTheUsersLanguage() {
        var result = FmtResult()
        result.total = 5
        result.changed = 1
        result.unchanged = 3
        #expect(
            result.summary(mode: .write, language: .dutch)
                == "1 van 5 bestanden opgemaakt, 3 waren al opgemaakt, 1 niet aangeraakt (zie hierboven)\n")
        #expect(
            result.summary(mode: .check, language: .dutch)
                == "1 van 5 bestanden zou opgemaakt worden, 3 waren al opgemaakt, 1 niet aangeraakt (zie hierboven)\n")
        #expect(
            result.summary(mode: .write)
                == "1 of 5 files reformatted, 3 already formatted, 1 left alone (see above)\n")
    }

    @Test func theSummaryLineIsDutchWithADecimalComma() {
        var report = CheckReport()
        report.diagnostics = [
            Diagnostic(.emptyFeedback, .same("x"), at: CurriculumKit.SourceLocation(file: "a.md", line: 1, column: 1)),
            Diagnostic(
                .unresolvedAnnex, .same("y"), at: CurriculumKit.SourceLocation(file: "a.md", line: 2, column: 1)),
            Diagnostic(
                .unresolvedAnnex, .same("z"), at: CurriculumKit.SourceLocation(file: "b.md", line: 2, column: 1)),
        ]
        report.files = ["a.md", "b.md"]
        #expect(
            CheckSummary(report, elapsed: 0.04).line(in: .dutch) == "2 fouten, 1 waarschuwing in 2 bestanden (0,04 s)\n"
        )
        #expect(CheckSummary(report, elapsed: 0.04).line == "2 errors, 1 warning in 2 files (0.04 s)\n")
    }
}
