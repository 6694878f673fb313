/// What to prepare for a set of exercises, added up: the materials to bring, the annexes to print
/// and how many copies, and what the room and the groups need.
///
/// Materials are merged by name regardless of case, spaces and hyphens (`flip-over` and
/// `Flipover` are one thing to bring); annexes by their normalised ID, so an annex two exercises
/// use is printed once per person.
public struct PreparationChecklist: Hashable, Sendable {
    public struct MaterialNeed: Hashable, Sendable {
        /// The name as first written.
        public var name: String
        public var exercises: [ExerciseID]
        /// Whether it is something the room should have (a flip-over, a whiteboard, a projector)
        /// rather than something to bring.
        public var isRoomEquipment: Bool
    }

    public struct AnnexCopy: Hashable, Sendable {
        public var id: AnnexID
        public var title: String?
        /// The annex's own location (a URL or a path), from the reference or the catalogue.
        public var target: AnnexTarget?
        public var exercises: [ExerciseID]
        /// The kind the catalogue gives, if its author wrote one.
        public var writtenKind: AnnexKind?

        /// Print, show, open or use: as the catalogue says, else inferred from the title and target.
        public var kind: AnnexKind { writtenKind ?? AnnexKind.inferred(title: title, target: target) }
    }

    /// A note from one exercise: its group size or what to prepare.
    public struct ExerciseNote: Hashable, Sendable {
        public var exercise: ExerciseID
        public var blocks: [TextBlock]
    }

    public var materials: [MaterialNeed]
    /// Every annex the exercises use; `toPrint` and `toShowOrOpen` split them by kind.
    public var annexes: [AnnexCopy]
    /// Supporting material that names no annex ID (a book, a website), with who uses it.
    public var otherSupport: [ExerciseText]
    /// The group sizes exercises ask for (`4 tot 5 personen`).
    public var groupSizes: [ExerciseText]
    public var preparation: [ExerciseNote]
    /// Where annexes without a location of their own are kept (the catalogue's `Locatie:`).
    public var defaultAnnexLocation: String?

    /// One line of text from one exercise.
    public struct ExerciseText: Hashable, Sendable {
        public var exercise: ExerciseID
        public var text: String
    }

    /// Words that mark a material as part of the room rather than something to carry in.
    static let equipmentWords = [
        "flip-over", "flipover", "flap-over", "flapover", "flip chart", "flipchart", "whiteboard", "bord", "blackboard",
        "schoolbord", "beamer", "projector", "scherm", "screen", "digibord", "smartboard",
    ]

    public init(exercises: [Exercise], catalogue: AnnexCatalogue?) {
        var materials: [MaterialNeed] = []
        var materialIndex: [String: Int] = [:]
        var annexes: [AnnexCopy] = []
        var annexIndex: [AnnexID: Int] = [:]
        var other: [ExerciseText] = []
        var groups: [ExerciseText] = []
        var preparation: [ExerciseNote] = []
        for exercise in exercises {
            for material in exercise.materials {
                let key = Self.key(material.name)
                guard !key.isEmpty else { continue }
                if let index = materialIndex[key] {
                    if materials[index].exercises.last != exercise.id { materials[index].exercises.append(exercise.id) }
                } else {
                    materialIndex[key] = materials.count
                    materials.append(
                        MaterialNeed(
                            name: material.name, exercises: [exercise.id],
                            isRoomEquipment: Self.isEquipment(material.name)))
                }
            }
            for reference in exercise.annexes {
                let entry = catalogue?.entry(id: reference.id)
                if let index = annexIndex[reference.id] {
                    if annexes[index].exercises.last != exercise.id { annexes[index].exercises.append(exercise.id) }
                    if annexes[index].title == nil { annexes[index].title = reference.title ?? entry?.title }
                    if annexes[index].target == nil { annexes[index].target = reference.target ?? entry?.target }
                } else {
                    annexIndex[reference.id] = annexes.count
                    annexes.append(
                        AnnexCopy(
                            id: reference.id, title: entry?.title ?? reference.title,
                            target: reference.target ?? entry?.target, exercises: [exercise.id],
                            writtenKind: entry?.kind))
                }
            }
            other += exercise.otherSupport.map { ExerciseText(exercise: exercise.id, text: $0.text) }
            if let size = exercise.groupSize, !size.allSatisfy(\.isWhitespace) {
                groups.append(ExerciseText(exercise: exercise.id, text: size))
            }
            if !exercise.preparation.isBlank {
                preparation.append(ExerciseNote(exercise: exercise.id, blocks: exercise.preparation))
            }
        }
        self.materials = materials
        self.annexes = annexes
        self.otherSupport = other
        self.groupSizes = groups
        self.preparation = preparation
        self.defaultAnnexLocation = catalogue?.defaultLocation
    }

    /// The annexes to print, in copies.
    public var toPrint: [AnnexCopy] { annexes.filter { $0.kind == .print } }

    /// The annexes to show (slides, video), open (a link) or use (a platform): never printed.
    public var toShowOrOpen: [AnnexCopy] { annexes.filter { $0.kind != .print } }

    /// How many copies of each annex to print: one per participant and one per trainer (at least
    /// one trainer: whoever prints them); `nil` when the number of participants is unknown.
    public static func copies(participants: Int?, trainers: Int) -> Int? {
        participants.map { $0 + max(1, trainers) }
    }

    static func key(_ name: String) -> String {
        String(name.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "." })
    }

    /// Words that make a material a supply even when it names equipment: `flip chart paper`.
    static let supplyWords: Set<String> = [
        "paper", "papier", "vellen", "sheets", "markers", "stiften", "pens", "pennen",
    ]

    /// Whether a word of the name, or two words together (`flip chart`), names equipment;
    /// plurals (`borden`, `screens`) count; paper and pens for it do not.
    static func isEquipment(_ name: String) -> Bool {
        let words = name.lowercased().split { !$0.isLetter && $0 != "-" }.map { key(String($0)) }
        if words.contains(where: supplyWords.contains) { return false }
        let candidates = words + zip(words, words.dropFirst()).map { $0 + $1 }
        let equipment = Set(equipmentWords.map(key))
        return candidates.contains { word in
            equipment.contains(word) || equipment.contains { word == $0 + "en" || word == $0 + "s" }
        }
    }
}
