/// One exercise: the unit a trainer runs and a plan schedules.
///
/// An exercise has nineteen fields, most of them arrays and strings. Every rule, plan and export
/// walks every exercise, and copying the value used to retain each of those fields: on a large
/// corpus the copies cost more than the rules. The fields therefore live in one shared, copy-on-write
/// box, so that a copy is a single reference count and a change copies the box only when it is
/// shared. To callers it is an ordinary value type.
public struct Exercise: Hashable, Sendable, Codable, Identifiable {
    /// The stored fields (synthesised equality, hashing and coding give the value's).
    struct Fields: Hashable, Sendable, Codable {
        var id: ExerciseID
        var writtenID: String
        var title: String
        var description: [TextBlock]
        var goals: [Goal]
        var duration: WrittenDuration?
        var procedure: [ProcedureStep]
        var feedback: [TextBlock]
        var annexes: [AnnexReference]
        var otherSupport: [ListItem]
        var materials: [Material]
        var preparation: [TextBlock]
        var groupSize: String?
        var notes: [TextBlock]
        var formerIDs: [ExerciseID]
        var fields: [FieldOccurrence]
        var location: SourceLocation
        var idLocation: SourceLocation
        var headingDepth: Int
    }

    /// Immutable once shared: it is only written to when uniquely referenced.
    final class Box: @unchecked Sendable {
        /// Unchecked at run time: every access goes through an `Exercise`, whose own accesses the
        /// compiler already keeps exclusive, so the run-time check (on every field read of every
        /// rule) could never fire. It cost 1.5% of `check`'s instructions (docs/performance.md).
        @exclusivity(unchecked) var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    public init(
        id: ExerciseID, writtenID: String, title: String, location: SourceLocation, idLocation: SourceLocation,
        headingDepth: Int = 4
    ) {
        box = Box(
            Fields(
                id: id, writtenID: writtenID, title: title, description: [], goals: [], duration: nil, procedure: [],
                feedback: [],
                annexes: [], otherSupport: [], materials: [], preparation: [], groupSize: nil, notes: [], formerIDs: [],
                fields: [],
                location: location, idLocation: idLocation, headingDepth: headingDepth))
    }

    /// The box, copied first when another value shares it. Each field's `_modify` yields the field
    /// inside it, so that `exercise.fields.append(…)` changes the array in place; plain `get`/`set`
    /// cost 3.6% of `check`'s instructions (docs/performance.md).
    private var unique: Box {
        mutating get {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            return box
        }
    }

    public var id: ExerciseID {
        get { box.fields.id }
        _modify { yield &unique.fields.id }
    }
    /// The ID as written in the heading (`1.A.1.1.`), for quoting it back.
    public var writtenID: String {
        get { box.fields.writtenID }
        _modify { yield &unique.fields.writtenID }
    }
    public var title: String {
        get { box.fields.title }
        _modify { yield &unique.fields.title }
    }
    /// Prose between the heading and the first field.
    public var description: [TextBlock] {
        get { box.fields.description }
        _modify { yield &unique.fields.description }
    }
    public var goals: [Goal] {
        get { box.fields.goals }
        _modify { yield &unique.fields.goals }
    }
    public var duration: WrittenDuration? {
        get { box.fields.duration }
        _modify { yield &unique.fields.duration }
    }
    public var procedure: [ProcedureStep] {
        get { box.fields.procedure }
        _modify { yield &unique.fields.procedure }
    }
    public var feedback: [TextBlock] {
        get { box.fields.feedback }
        _modify { yield &unique.fields.feedback }
    }
    public var annexes: [AnnexReference] {
        get { box.fields.annexes }
        _modify { yield &unique.fields.annexes }
    }
    /// Supporting material that names no annex ID (a book, a website).
    public var otherSupport: [ListItem] {
        get { box.fields.otherSupport }
        _modify { yield &unique.fields.otherSupport }
    }
    public var materials: [Material] {
        get { box.fields.materials }
        _modify { yield &unique.fields.materials }
    }
    public var preparation: [TextBlock] {
        get { box.fields.preparation }
        _modify { yield &unique.fields.preparation }
    }
    public var groupSize: String? {
        get { box.fields.groupSize }
        _modify { yield &unique.fields.groupSize }
    }
    public var notes: [TextBlock] {
        get { box.fields.notes }
        _modify { yield &unique.fields.notes }
    }
    /// IDs the exercise was known by before (the book's printed ID, an ID since renumbered), from
    /// `Eerder:` / `Formerly:`, so that `show`, plans and cross-references naming an old ID still
    /// find it.
    public var formerIDs: [ExerciseID] {
        get { box.fields.formerIDs }
        _modify { yield &unique.fields.formerIDs }
    }
    /// Every field as it appeared, in file order.
    public var fields: [FieldOccurrence] {
        get { box.fields.fields }
        _modify { yield &unique.fields.fields }
    }
    /// Where the heading starts.
    public var location: SourceLocation {
        get { box.fields.location }
        _modify { yield &unique.fields.location }
    }
    /// Where the ID starts in the heading.
    public var idLocation: SourceLocation {
        get { box.fields.idLocation }
        _modify { yield &unique.fields.idLocation }
    }
    /// The number of `#` in the heading: 4 under a level, 3 in a module without levels.
    public var headingDepth: Int {
        get { box.fields.headingDepth }
        _modify { yield &unique.fields.headingDepth }
    }

    public static func == (lhs: Exercise, rhs: Exercise) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

    public init(from decoder: any Decoder) throws { box = Box(try Fields(from: decoder)) }

    public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }

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
