/// Every rule `check` runs, in the order it runs them.
public enum RuleRegistry {
    public static let rules: [any Rule] = [
        DuplicateExerciseIDRule(),
        ExerciseIDPlacementRule(),
        NumberingRule(),
        EmptyContainerRule(),
        HeadingDepthRule(),
        RequiredFieldsRule(),
        EmptyFeedbackRule(),
        ImplausibleDurationRule(),
        StepTimingRule(),
        AnnexReferenceRule(),
        AnnexLocationRule(),
        UnreferencedAnnexRule(),
        DuplicateAnnexRule(),
        ExerciseCrossReferenceRule(),
        LevelGoalsRule(),
    ]
}

extension DiagnosticCode {
    static var ruleCodes: [DiagnosticCode] { RuleRegistry.rules.flatMap { type(of: $0).codes } }
}
