/// Codes for plan files (`*.plan.md`) and the agendas laid out from them (CUR7xx).
extension DiagnosticCode {
    public static let unknownPlanExercise = DiagnosticCode(
        "CUR701", "unknown-plan-exercise", .error,
        summary: "a plan names an exercise the curriculum does not have",
        help: "Correct the ID (`curriculum list` shows them all), or point `Curriculum:` at the right folder.")
    public static let badPlanTime = DiagnosticCode(
        "CUR702", "bad-plan-time", .error,
        summary: "a time of day in a plan cannot be read",
        help: "Write times as `09:00` or `13:30`: hours 0-24, minutes 00-59.")
    public static let dayEndsBeforeStart = DiagnosticCode(
        "CUR703", "day-ends-before-start", .error,
        summary: "a day frame ends before it starts",
        help: "Write the start first: `Dagindeling: 09:00-16:30`.")
    public static let zeroLengthDay = DiagnosticCode(
        "CUR704", "zero-length-day", .error,
        summary: "a day frame starts and ends at the same time",
        help: "Give the day its real hours: `Dagindeling: 09:00-16:30`.")
    public static let duplicatePlanItem = DiagnosticCode(
        "CUR705", "duplicate-plan-item", .error,
        summary: "a plan names the same exercise twice",
        help: "Remove one of the two lines; an exercise is run once per plan.")
    public static let fixedTimeCollision = DiagnosticCode(
        "CUR706", "fixed-time-collision", .error,
        summary: "earlier items run past an item's fixed start time",
        help: "Move or shorten the earlier items, or move the fixed time later.")
    public static let overBudget = DiagnosticCode(
        "CUR707", "over-budget", .error,
        summary: "a day's items run past the end of the day",
        help: "Remove or move the items that spill over, or lengthen the day.")
    public static let unreadablePlanItem = DiagnosticCode(
        "CUR708", "unreadable-plan-item", .error,
        summary: "a plan item is neither an exercise ID, a break, nor a title with a duration",
        help: "Write `- 1.A.1.1`, `- Pauze 15`, `- Lunch 45 min` or `- Welkom 20 min`.")
    public static let missingPlanField = DiagnosticCode(
        "CUR709", "missing-plan-field", .error,
        summary: "a plan lacks a field it needs (title, day frame, items)",
        help: "Add the field; docs/plans.md lists them with examples.")
    public static let invalidPlanField = DiagnosticCode(
        "CUR710", "invalid-plan-field", .error,
        summary: "a plan field has a value that cannot be read, or a label the format does not know",
        help: "See docs/plans.md for each field's form.")
    public static let invalidPlanDate = DiagnosticCode(
        "CUR711", "invalid-plan-date", .error,
        summary: "a date in a plan is not a valid ISO date",
        help: "Write dates as `2027-03-09` (year-month-day).")
    public static let longStretch = DiagnosticCode(
        "CUR712", "long-stretch", .warning,
        summary: "a stretch of training runs longer than the maximum without a break",
        help: "Add `- Pauze 15` where the agenda suggests, or run `curriculum plan --auto-breaks`.")
    public static let lunchPlacement = DiagnosticCode(
        "CUR713", "lunch-placement", .warning,
        summary: "lunch is missing from a day that spans the lunch window, or lies outside it",
        help: "Add `- Lunch 45 min` (or a fixed `- 12:30 Lunch`) inside the lunch window.")
    public static let thinBuffer = DiagnosticCode(
        "CUR714", "thin-buffer", .warning,
        summary: "a day fits but keeps less slack than the required buffer",
        help: "Remove an item or lower the buffer (`Buffer: 5%`).")
    public static let tooManyParticipants = DiagnosticCode(
        "CUR715", "too-many-participants", .warning,
        summary: "more participants per trainer than facilitation guidance advises (about ten)",
        help: "Add a trainer or split the group.")
    public static let fixedTimeOutsideDay = DiagnosticCode(
        "CUR716", "fixed-time-outside-day", .error,
        summary: "a fixed start time lies before the day starts or after it ends",
        help: "Give a time inside the day frame.")
    public static let dateCountMismatch = DiagnosticCode(
        "CUR717", "date-count-mismatch", .warning,
        summary: "a plan gives a different number of dates than it has days",
        help: "Give one date per day (`Datum: 2027-03-09, 2027-03-16`), in order.")
    public static let unscheduledExercise = DiagnosticCode(
        "CUR718", "unschedulable-exercise", .error,
        summary: "a planned exercise has no readable duration",
        help: "Give the exercise a `Duur:` in the curriculum; `curriculum check` points at it.")
    public static let planCurriculumMissing = DiagnosticCode(
        "CUR719", "plan-curriculum-missing", .error,
        summary: "the curriculum a plan names cannot be found or read",
        help:
            "Set `Curriculum:` to the curriculum folder, relative to the plan file (`..` for a plan in `<curriculum>/plans/`)."
    )

    public static let badActual = DiagnosticCode(
        "CUR720", "bad-actual", .error,
        summary: "what an item really took cannot be read",
        help: "Write the minutes or the real clock times: `(werkelijk 75 min)`, `(actual 10:15-11:30)`.")
    public static let actualOutsideItem = DiagnosticCode(
        "CUR721", "actual-outside-item", .error,
        summary: "an actual time stands on a line that is not a plan item",
        help: "Write it at the end of the item's own line: `- 1.A.1.1 (werkelijk 75 min)`.")
    public static let actualInFuture = DiagnosticCode(
        "CUR722", "actual-in-future", .error,
        summary: "a plan notes what a day really took, but the day is dated after today",
        help: "Note actuals after the day has been given; correct the date if it is wrong.")
    public static let exerciseLongerThanDay = DiagnosticCode(
        "CUR723", "exercise-longer-than-day", .error,
        summary: "an exercise takes longer than a whole course day, so no day can ever hold it",
        help: "Lengthen the day (`budget --day 7h`), or shorten or split the exercise in the curriculum.")

    static let planCodes: [DiagnosticCode] = [
        unknownPlanExercise, badPlanTime, dayEndsBeforeStart, zeroLengthDay, duplicatePlanItem, fixedTimeCollision,
        overBudget,
        unreadablePlanItem, missingPlanField, invalidPlanField, invalidPlanDate, longStretch, lunchPlacement,
        thinBuffer,
        tooManyParticipants, fixedTimeOutsideDay, dateCountMismatch, unscheduledExercise, planCurriculumMissing,
        badActual, actualOutsideItem, actualInFuture, exerciseLongerThanDay,
    ]
}
