/// One exercise: the unit a trainer runs and a plan schedules.
public struct Exercise: Hashable, Sendable, Codable, Identifiable {
    public var id: ExerciseID
    /// The ID as written in the heading (`1.A.1.1.`), for quoting it back.
    public var writtenID: String
    public var title: String
    /// Prose between the heading and the first field.
    public var description: [TextBlock]
    public var goals: [Goal]
    public var duration: WrittenDuration?
    public var procedure: [ProcedureStep]
    public var feedback: [TextBlock]
    public var annexes: [AnnexReference]
    /// Supporting material that names no annex ID (a book, a website).
    public var otherSupport: [ListItem]
    public var materials: [Material]
    public var preparation: [TextBlock]
    public var groupSize: String?
    public var notes: [TextBlock]
    /// Every field as it appeared, in file order.
    public var fields: [FieldOccurrence]
    /// Where the heading starts.
    public var location: SourceLocation
    /// Where the ID starts in the heading.
    public var idLocation: SourceLocation
    /// The number of `#` in the heading: 4 under a level, 3 in a module without levels.
    public var headingDepth: Int

    public init(id: ExerciseID, writtenID: String, title: String, location: SourceLocation, idLocation: SourceLocation, headingDepth: Int = 4) {
        self.id = id
        self.writtenID = writtenID
        self.title = title
        self.description = []
        self.headingDepth = headingDepth
        self.goals = []
        self.duration = nil
        self.procedure = []
        self.feedback = []
        self.annexes = []
        self.otherSupport = []
        self.materials = []
        self.preparation = []
        self.groupSize = nil
        self.notes = []
        self.fields = []
        self.location = location
        self.idLocation = idLocation
    }

    /// The exercise's time, or zero when it has none (planning treats a missing duration as an error
    /// that `check` reports; totals skip it).
    public var minutes: Duration { duration?.value ?? .zero }

    /// The sum of the times its procedure steps carry, `nil` when no step is timed.
    public var timedStepTotal: Duration? { ProcedureStep.timedTotal(of: procedure) }

    /// The first occurrence of a field.
    public func field(_ kind: FieldKind) -> FieldOccurrence? {
        fields.first { $0.kind == kind }
    }
}
