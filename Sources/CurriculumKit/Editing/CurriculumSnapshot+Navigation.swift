extension CurriculumSnapshot {
    /// Where what is at `location` is defined: an annex reference's catalogue entry (for an annex
    /// the catalogue lacks, the entries of the same owner, or the catalogue itself), an exercise
    /// ID's exercise.
    public func definition(at location: SourceLocation) -> [SourceRange] {
        switch target(at: location) {
        case .annexReference(let reference, _):
            guard let catalogue = curriculum?.annexCatalogue else { return [] }
            if let entry = catalogue.entry(id: reference.id) {
                return [SourceRange(start: entry.location, length: entry.written.scalarCount)]
            }
            // Not listed: the entries of the same owner, where it would go, or else the catalogue.
            let siblings = catalogue.entries.filter { $0.id.owner == reference.id.owner }
            if !siblings.isEmpty {
                return siblings.map { SourceRange(start: $0.location, length: $0.written.scalarCount) }
            }
            return [SourceRange(start: SourceLocation(file: catalogue.file, line: 1, column: 1), length: 0)]
        case .exerciseMention(let id, _):
            guard let exercise = curriculum?.exercise(resolving: id)?.exercise else { return [] }
            return [SourceRange(start: exercise.idLocation, length: exercise.writtenID.scalarCount)]
        default: return []
        }
    }

    /// Every place that names what is at `location`: for an annex, its catalogue entry and every
    /// citation; for an exercise, its heading and every mention in prose, cross-references and plans.
    public func references(at location: SourceLocation) -> [SourceRange] {
        switch target(at: location) {
        case .annexReference(let reference, _): return annexReferences(reference.id)
        case .annexEntry(let entry): return annexReferences(entry.id)
        case .exerciseHeading(let exercise): return exerciseReferences(exercise.id)
        case .exerciseMention(let id, _):
            return exerciseReferences(curriculum?.exercise(resolving: id)?.exercise.id ?? id)
        default: return []
        }
    }

    /// The edits that rename what is at `location` everywhere: an exercise ID (heading, mentions,
    /// plans) or an annex ID (catalogue entry and citations). `nil` when nothing renameable is there,
    /// the new name is not an ID of the same kind, or another exercise or annex already has it (the
    /// rename would merge two into one).
    public func rename(at location: SourceLocation, to newName: String) -> [TextEdit]? {
        switch target(at: location) {
        case .annexReference(let reference, _):
            return renameAnnex(reference.id, to: newName)
        case .annexEntry(let entry):
            return renameAnnex(entry.id, to: newName)
        case .exerciseHeading(let exercise):
            return renameExercise(exercise.id, to: newName)
        case .exerciseMention(let id, _):
            return renameExercise(curriculum?.exercise(resolving: id)?.exercise.id ?? id, to: newName)
        default: return nil
        }
    }

    private func renameExercise(_ id: ExerciseID, to newName: String) -> [TextEdit]? {
        guard let newID = ExerciseID(newName) else { return nil }
        if newID != id, let taken = curriculum?.exercise(resolving: newID), taken.exercise.id != id { return nil }
        return exerciseReferences(id).map { TextEdit(range: $0, newText: newName) }
    }

    private func renameAnnex(_ id: AnnexID, to newName: String) -> [TextEdit]? {
        let parsed = AnnexReferenceParser.references(in: newName)
        guard parsed.count == 1, let newID = parsed.first?.id else { return nil }
        if newID != id, curriculum?.annexCatalogue?.entry(id: newID) != nil { return nil }
        return annexReferences(id).map { TextEdit(range: $0, newText: newName) }
    }

    private func annexReferences(_ id: AnnexID) -> [SourceRange] {
        var found: [SourceRange] = []
        for entry in curriculum?.annexCatalogue?.entries ?? [] where entry.id == id {
            found.append(SourceRange(start: entry.location, length: entry.written.scalarCount))
        }
        for exercise in curriculum?.exercises ?? [] {
            for reference in exercise.annexes where reference.id == id {
                found.append(SourceRange(start: reference.location, length: reference.written.scalarCount))
            }
        }
        return found
    }

    private func exerciseReferences(_ id: ExerciseID) -> [SourceRange] {
        var found: [SourceRange] = []
        for path in files {
            guard let source = source(path) ?? (try? loader.source(at: path).get()) else { continue }
            for line in 1...max(source.lineCount, 1) {
                for mention in Self.exerciseMentions(in: source.line(line), file: path, line: line)
                where mention.id == id {
                    found.append(mention.range)
                }
            }
        }
        return found
    }
}

/// A replacement of one range of a file by new text.
public struct TextEdit: Hashable, Sendable {
    public var range: SourceRange
    public var newText: String

    public init(range: SourceRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}
