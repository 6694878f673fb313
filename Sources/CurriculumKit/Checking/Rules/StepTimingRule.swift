/// When procedure steps carry their own times (`(15')`), their sum must fit the exercise's duration.
/// A time at the end of the feedback (`Feedback: … (10')`) counts too: the book times the closing
/// discussion that way, and it is part of the session.
/// More than the duration is an error: a plan built on the duration will overrun. Much less (under
/// three quarters of the shortest duration) is a note: some steps may lack a time.
public struct StepTimingRule: Rule {
    public static let codes: [DiagnosticCode] = [.stepsExceedDuration, .stepsFallShort]

    /// Below this share of the duration's minimum, timed steps "cover much less" than the duration.
    public static let shortfallRatio = 0.75

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        curriculum.forEachExercise { exercise in
            guard let written = exercise.duration, let duration = written.value else { return }
            // The feedback's time counts only alongside timed steps: alone it says nothing of the procedure.
            guard var steps = exercise.timedStepTotal else { return }
            let feedbackSteps = FieldInterpreter.steps(from: exercise.feedback)
            let feedback = ProcedureStep.timedTotal(of: feedbackSteps)
            if let feedback { steps += feedback }
            // The notes are gathered only for a finding: most exercises have none.
            func notes() -> [Diagnostic.Note] {
                let timed = Self.timedSteps(exercise.procedure) + Self.timedSteps(feedbackSteps)
                return timed.prefix(8).map {
                    Diagnostic.timedStep($0.duration.map(\.description) ?? "", at: $0.location)
                }
            }
            if steps.minimum > duration.maximum {
                found.append(
                    .stepsExceedDuration(
                        of: exercise, steps: steps, feedback: feedback, written: written, duration: duration,
                        notes: notes()))
            } else if Double(steps.maximum) < Double(duration.minimum) * Self.shortfallRatio {
                found.append(
                    .stepsFallShort(
                        of: exercise, steps: steps, feedback: feedback, written: written, duration: duration,
                        notes: notes()))
            }
        }
        return found
    }

    static func timedSteps(_ steps: [ProcedureStep]) -> [ProcedureStep] {
        steps.flatMap { $0.duration != nil ? [$0] : timedSteps($0.substeps) }
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "steps of 20 and 25 minutes in a 30-minute exercise",
            module: ExampleText.module(
                ExampleText.exercise(
                    duration: "↓30 min", procedure: "1. Voorstelronde. (20')\n2. Nabespreking. (25 min)")),
            triggers: .stepsExceedDuration),
        RuleExample(
            "10 timed minutes in a 1-hour exercise",
            module: ExampleText.module(
                ExampleText.exercise(duration: "↓1 uur", procedure: "1. Voorstelronde. (10')\n2. Nabespreking.")),
            triggers: .stepsFallShort),
        RuleExample(
            "a timed feedback that makes the steps overrun",
            module: ExampleText.module(
                ExampleText.exercise(duration: "↓30 min", procedure: "1. Voorstelronde. (25')").replacing(
                    "Feedback: Korte terugblik.", with: "Feedback: Korte terugblik. (10')")),
            triggers: .stepsExceedDuration),
        RuleExample(
            "steps that fit",
            module: ExampleText.module(
                ExampleText.exercise(
                    duration: "45 min", procedure: "1. Voorstelronde. (20')\n2. Nabespreking. (20 min)"))),
        RuleExample(
            "untimed steps",
            module: ExampleText.module(
                ExampleText.exercise(duration: "45 min", procedure: "1. Voorstelronde.\n2. Nabespreking."))),
    ]
}

extension Diagnostic {
    /// ` (with 10 min of feedback)`: how much of the steps' time is the feedback's, in both languages.
    private static func feedbackShare(_ feedback: Duration?) -> (english: String, dutch: String) {
        (
            feedback.map { " (with \($0) of feedback)" } ?? "",
            feedback.map { " (waarvan \($0) nabespreking)" } ?? ""
        )
    }

    /// `feedback` is how much of `steps` is the feedback's time, if any.
    fileprivate static func stepsExceedDuration(
        of exercise: Exercise, steps: Duration, feedback: Duration?, written: WrittenDuration, duration: Duration,
        notes: [Note]
    ) -> Diagnostic {
        let (english, dutch) = feedbackShare(feedback)
        return Diagnostic(
            .stepsExceedDuration,
            en:
                "the timed steps of exercise \(exercise.id) add up to \(steps)\(english), more than its duration '\(written.text)' (\(duration))",
            nl:
                "de getimede stappen van oefening \(exercise.id) duren samen \(steps)\(dutch), langer dan de duur '\(written.text)' (\(duration))",
            at: written.location, length: written.text.scalarCount,
            hint: FixHint(
                en: "correct the step times, or set the duration to at least \(steps.minimum) min",
                nl: "verbeter de tijden van de stappen, of maak de duur minstens \(steps.minimum) min"),
            notes: notes)
    }

    fileprivate static func stepsFallShort(
        of exercise: Exercise, steps: Duration, feedback: Duration?, written: WrittenDuration, duration: Duration,
        notes: [Note]
    ) -> Diagnostic {
        let (english, dutch) = feedbackShare(feedback)
        return Diagnostic(
            .stepsFallShort,
            en:
                "the timed steps of exercise \(exercise.id) add up to \(steps)\(english), much less than its duration '\(written.text)' (\(duration))",
            nl:
                "de getimede stappen van oefening \(exercise.id) duren samen \(steps)\(dutch), veel korter dan de duur '\(written.text)' (\(duration))",
            at: written.location, length: written.text.scalarCount,
            hint: FixHint(
                en: "give the untimed steps a time, or shorten the duration",
                nl: "geef de stappen zonder tijd een tijd, of maak de duur korter"),
            notes: notes)
    }

    fileprivate static func timedStep(_ duration: String, at location: SourceLocation) -> Note {
        Note(en: "step timed \(duration)", nl: "stap van \(duration)", at: location)
    }
}
