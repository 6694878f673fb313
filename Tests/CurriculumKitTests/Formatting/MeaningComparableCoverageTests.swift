import Testing

@testable import CurriculumKit

/// `MeaningComparable` names the fields it compares one by one; a field added to the model and not
/// to the comparison would let `fmt` take two readings that differ in it for the same, and write
/// the file. Each model type's stored properties must therefore be exactly the ones its comparison
/// reads plus the ones it leaves out on purpose (locations, written forms, label spellings, as
/// `MeaningEncoder` does). A new field fails here until it is placed in one of the two lists, and
/// in `MeaningComparable.swift` when it is compared.
@Suite struct MeaningComparableCoverageTests {
    /// Per type: (compared, left out).
    static let expected: [String: (compared: Set<String>, leftOut: Set<String>)] = [
        "Module": (["number", "title", "introduction", "goals", "topics", "file"], ["location"]),
        "Topic": (["id", "title", "introduction", "goals", "levels"], ["location"]),
        "TopicID": (["module", "letter"], []),
        "Level": (["number", "name", "introduction", "goals", "exercises"], ["location"]),
        "Fields": (
            [
                "id", "writtenID", "title", "description", "goals", "duration", "procedure", "feedback", "annexes",
                "otherSupport", "materials", "preparation", "groupSize", "notes", "formerIDs", "fields",
                "headingDepth",
            ], ["location", "idLocation"]
        ),
        "ExerciseID": (["module", "topic", "level", "number"], []),
        "WrittenDuration": (["value", "remark", "alternative"], ["text", "location"]),
        "ProcedureStep": (["kind", "text", "duration", "substeps"], ["location"]),
        "ListItem": (["marker", "text", "children", "lead"], ["location", "textLocation"]),
        "Goal": (["text"], ["location"]),
        "Material": (["name"], ["location"]),
        "FileReference": (["path"], ["location"]),
        "FieldOccurrence": (["kind", "isEmpty"], ["label", "location"]),
        "AnnexReference": (["id", "title", "target"], ["written", "location"]),
        "AnnexEntry": (["id", "title", "target", "kind"], ["written", "location"]),
        "AnnexCatalogue": (["file", "title", "defaultLocation", "entries"], []),
        "Manifest": (
            [
                "file", "title", "language", "description", "levelNames", "dayFrame", "lunchWindow", "maximumStretch",
                "breakMinutes", "lunchMinutes", "participantsPerTrainer", "moduleFiles", "annexFile", "notation",
                "fields",
            ], ["location"]
        ),
    ]

    /// One value of every compared type, from the shipped curriculum.
    static func samples() throws -> [(String, Any)] {
        let curriculum = Shipped.curriculum
        let module = try #require(curriculum.modules.first { !$0.topics.isEmpty })
        let topic = try #require(module.topics.first)
        let level = try #require(topic.levels.first { !$0.exercises.isEmpty })
        let exercises = curriculum.modules.flatMap(\.exercises)
        let exercise = try #require(exercises.first { $0.duration != nil && !$0.annexes.isEmpty })
        // `Exercise` keeps its fields in a box: the fields are the box's one stored property.
        let box = try #require(Mirror(reflecting: exercise).children.first?.value)
        let fields = try #require(Mirror(reflecting: box).children.first?.value)
        let step = try #require(exercises.lazy.flatMap(\.procedure).first)
        let item = try #require(
            exercises.lazy.flatMap(\.otherSupport).first
                ?? exercises.lazy.flatMap(\.description).compactMap { block -> ListItem? in
                    if case .list(let items) = block { return items.first }
                    return nil
                }.first)
        let catalogue = try #require(curriculum.annexCatalogue)
        return [
            ("Module", module), ("Topic", topic), ("TopicID", topic.id), ("Level", level), ("Fields", fields),
            ("ExerciseID", exercise.id), ("WrittenDuration", try #require(exercise.duration)),
            ("ProcedureStep", step), ("ListItem", item), ("Goal", try #require(exercises.lazy.flatMap(\.goals).first)),
            ("Material", try #require(exercises.lazy.flatMap(\.materials).first)),
            ("FileReference", try #require(curriculum.manifest.moduleFiles.first)),
            ("FieldOccurrence", try #require(exercise.fields.first)),
            ("AnnexReference", try #require(exercise.annexes.first)),
            ("AnnexEntry", try #require(catalogue.entries.first)), ("AnnexCatalogue", catalogue),
            ("Manifest", curriculum.manifest),
        ]
    }

    @Test func everyStoredFieldIsComparedOrLeftOutOnPurpose() throws {
        let samples = try Self.samples()
        #expect(Set(samples.map(\.0)) == Set(Self.expected.keys))
        for (name, value) in samples {
            let stored = Set(Mirror(reflecting: value).children.compactMap(\.label))
            let listed = try #require(Self.expected[name])
            #expect(listed.compared.isDisjoint(with: listed.leftOut), "\(name)")
            #expect(
                stored == listed.compared.union(listed.leftOut),
                "\(name): stored \(stored.sorted()), listed \(listed.compared.union(listed.leftOut).sorted())")
        }
    }
}
