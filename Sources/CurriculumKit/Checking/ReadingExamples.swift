/// Examples for findings that no `Rule` reports because they arise while the files are read: the
/// duration notation (CUR301-304, from the parser), module files and the manifest (CUR220-221, from
/// the loader) and the suppression comments themselves (CUR901-903). The generic example test runs
/// them like the rules' own examples, so every code the issue lists under durations and structure
/// is shown firing and staying silent.
public enum ReadingExamples {
    public static let examples: [RuleExample] = [
        RuleExample(
            "a duration in words", module: ExampleText.module(ExampleText.exercise(duration: "een ↓ochtend")),
            triggers: .unreadableDuration),
        RuleExample(
            "a duration with a decimal that may count minutes",
            module: ExampleText.module(ExampleText.exercise(duration: "↓1,30 uur")), triggers: .ambiguousDuration),
        RuleExample(
            "a zero duration", module: ExampleText.module(ExampleText.exercise(duration: "↓0 min")),
            triggers: .zeroDuration),
        RuleExample(
            "a range written backwards", module: ExampleText.module(ExampleText.exercise(duration: "↓2-1,5 uur")),
            triggers: .invertedRange),
        RuleExample(
            "durations in every accepted notation",
            module: ExampleText.module(
                ExampleText.exercise(duration: "1 uur 30 min") + ExampleText.exercise("1.A.1.2", duration: "1,5-2 uur")
                    + ExampleText.exercise("1.A.1.3", duration: "45'")
                    + ExampleText.exercise("1.A.1.4", duration: "anderhalf uur"))),
        RuleExample(
            "a listed module file that is missing",
            files: [
                "curriculum.md": "# Voorbeeld\n\nTaal: nl\n\nModules:\n- module-1.md\n- ↓module-2.md\n",
                "module-1.md": ExampleText.module(ExampleText.exercise()),
            ], triggers: .moduleFileMissing),
        RuleExample(
            "a module file the manifest does not list",
            files: [
                "curriculum.md": "# Voorbeeld\n\nTaal: nl\n\nModules:\n- module-1.md\n",
                "module-1.md": ExampleText.module(ExampleText.exercise()),
                "module-2.md": "↓" + ExampleText.module(ExampleText.exercise("2.A.1.1"), number: 2),
            ], triggers: .unlistedModuleFile),
        RuleExample(
            "every module file listed and present",
            files: [
                "curriculum.md": "# Voorbeeld\n\nTaal: nl\n\nModules:\n- module-1.md\n- module-2.md\n",
                "module-1.md": ExampleText.module(ExampleText.exercise()),
                "module-2.md": ExampleText.module(ExampleText.exercise("2.A.1.1"), number: 2),
                "ERRATA.md": "# Errata\n\nGeen module.\n",
            ]),
        RuleExample(
            "a suppression without a reason",
            module: ExampleText.module(
                ExampleText.exercise(duration: "1 uur").replacing(
                    "Duur:", with: "↓<!-- curriculum-ignore CUR302 -->\nDuur:")),
            triggers: .suppressionWithoutReason),
        RuleExample(
            "a suppression whose finding is gone",
            module: ExampleText.module(
                ExampleText.exercise(duration: "1 uur 30 min").replacing(
                    "Duur:", with: "↓<!-- curriculum-ignore CUR302: het boek schrijft 1,30 uur -->\nDuur:")),
            triggers: .unusedSuppression),
        RuleExample(
            "a suppression of a code that does not exist",
            module: ExampleText.module(
                ExampleText.exercise(duration: "1,30 uur").replacing(
                    "Duur:",
                    with:
                        "<!-- curriculum-ignore CUR302: het boek schrijft 1,30 uur -->\n↓<!-- curriculum-ignore CUR3O2: tikfout -->\nDuur:"
                )),
            triggers: .unknownSuppressionCode),
        RuleExample(
            "a suppression with a reason that silences its finding",
            module: ExampleText.module(
                ExampleText.exercise(duration: "1,30 uur").replacing(
                    "Duur:", with: "<!-- curriculum-ignore CUR302: het boek schrijft 1,30 uur -->\nDuur:"))),
    ]

    /// The codes these examples are about.
    public static let codes: Set<DiagnosticCode> = [
        .unreadableDuration, .ambiguousDuration, .zeroDuration, .invertedRange, .moduleFileMissing, .unlistedModuleFile,
        .suppressionWithoutReason, .unusedSuppression, .unknownSuppressionCode,
    ]
}
