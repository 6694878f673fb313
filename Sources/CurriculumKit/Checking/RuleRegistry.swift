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
        FormerIDConflictRule(),
        LevelGoalsRule(),
    ]
}
