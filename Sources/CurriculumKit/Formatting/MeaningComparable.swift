/// A model value that can say, without encoding either side, whether another reading of it means
/// the same: the question `MeaningFingerprint` answers by comparing two `MeaningEncoder` texts,
/// answered field by field (the encodings of both readings were over a quarter of `fmt --check`,
/// docs/performance.md).
///
/// The comparison leaves out exactly what the encoder leaves out: source locations, the spelling
/// of field labels (`FieldOccurrence.label`), the written form of a duration
/// (`WrittenDuration.text`) and of an annex reference or catalogue entry (`written`). Everything
/// else is compared, strings by their bytes (no Unicode equivalence, as in the encoder). So `true`
/// means the fingerprints are equal; `false` sends `formatChecked` to the fingerprints themselves,
/// which decide and describe the difference.
protocol MeaningComparable {
    /// Whether `other` means the same as this value.
    func meansTheSame(as other: Self) -> Bool
}

extension String: MeaningComparable {
    /// The same bytes: `é` as one scalar and as two are different texts here, as in the encoder.
    func meansTheSame(as other: String) -> Bool {
        hasSameBytes(as: other)
    }
}

extension Character {
    /// The same bytes (a letter of an ID or a list marker).
    func meansTheSame(as other: Character) -> Bool { utf8.elementsEqual(other.utf8) }
}

extension Optional: MeaningComparable where Wrapped: MeaningComparable {
    func meansTheSame(as other: Wrapped?) -> Bool {
        switch (self, other) {
        case (nil, nil): true
        case (let value?, let otherValue?): value.meansTheSame(as: otherValue)
        default: false
        }
    }
}

extension Array: MeaningComparable where Element: MeaningComparable {
    func meansTheSame(as other: [Element]) -> Bool {
        guard count == other.count else { return false }
        for index in indices where !self[index].meansTheSame(as: other[index]) { return false }
        return true
    }
}

extension Module: MeaningComparable {
    func meansTheSame(as other: Module) -> Bool {
        number == other.number && title.meansTheSame(as: other.title)
            && introduction.meansTheSame(as: other.introduction) && goals.meansTheSame(as: other.goals)
            && topics.meansTheSame(as: other.topics) && file.meansTheSame(as: other.file)
    }
}

extension Topic: MeaningComparable {
    func meansTheSame(as other: Topic) -> Bool {
        id.module == other.id.module && id.letter.meansTheSame(as: other.id.letter)
            && title.meansTheSame(as: other.title) && introduction.meansTheSame(as: other.introduction)
            && goals.meansTheSame(as: other.goals) && levels.meansTheSame(as: other.levels)
    }
}

extension Level: MeaningComparable {
    func meansTheSame(as other: Level) -> Bool {
        number == other.number && name.meansTheSame(as: other.name)
            && introduction.meansTheSame(as: other.introduction) && goals.meansTheSame(as: other.goals)
            && exercises.meansTheSame(as: other.exercises)
    }
}

extension Exercise: MeaningComparable {
    /// Every field but the two locations.
    func meansTheSame(as other: Exercise) -> Bool {
        id.meansTheSame(as: other.id) && writtenID.meansTheSame(as: other.writtenID)
            && title.meansTheSame(as: other.title) && description.meansTheSame(as: other.description)
            && goals.meansTheSame(as: other.goals) && duration.meansTheSame(as: other.duration)
            && procedure.meansTheSame(as: other.procedure) && feedback.meansTheSame(as: other.feedback)
            && annexes.meansTheSame(as: other.annexes) && otherSupport.meansTheSame(as: other.otherSupport)
            && materials.meansTheSame(as: other.materials) && preparation.meansTheSame(as: other.preparation)
            && groupSize.meansTheSame(as: other.groupSize) && notes.meansTheSame(as: other.notes)
            && formerIDs.meansTheSame(as: other.formerIDs) && fields.meansTheSame(as: other.fields)
            && headingDepth == other.headingDepth
    }
}

extension ExerciseID: MeaningComparable {
    func meansTheSame(as other: ExerciseID) -> Bool {
        module == other.module && topic.meansTheSame(as: other.topic) && level == other.level
            && number == other.number
    }
}

extension WrittenDuration: MeaningComparable {
    /// The value, its remark and its alternative reading; not the text as written.
    func meansTheSame(as other: WrittenDuration) -> Bool {
        value == other.value && remark.meansTheSame(as: other.remark) && alternative == other.alternative
    }
}

extension ProcedureStep: MeaningComparable {
    func meansTheSame(as other: ProcedureStep) -> Bool {
        let sameKind: Bool
        switch (kind, other.kind) {
        case (.numbered(let a), .numbered(let b)): sameKind = a == b
        case (.bullet, .bullet), (.paragraph, .paragraph): sameKind = true
        case (.letter(let a), .letter(let b)): sameKind = a.meansTheSame(as: b)
        default: sameKind = false
        }
        return sameKind && text.meansTheSame(as: other.text) && duration == other.duration
            && substeps.meansTheSame(as: other.substeps)
    }
}

extension TextBlock: MeaningComparable {
    func meansTheSame(as other: TextBlock) -> Bool {
        switch (self, other) {
        case (.paragraph(let a, _), .paragraph(let b, _)): a.meansTheSame(as: b)
        case (.list(let a), .list(let b)): a.meansTheSame(as: b)
        default: false
        }
    }
}

extension ListItem: MeaningComparable {
    func meansTheSame(as other: ListItem) -> Bool {
        let sameMarker: Bool
        switch (marker, other.marker) {
        case (.bullet, .bullet): sameMarker = true
        case (.number(let a), .number(let b)): sameMarker = a == b
        case (.letter(let a), .letter(let b)): sameMarker = a.meansTheSame(as: b)
        default: sameMarker = false
        }
        return sameMarker && text.meansTheSame(as: other.text) && children.meansTheSame(as: other.children)
            && lead.meansTheSame(as: other.lead)
    }
}

extension Goal: MeaningComparable {
    func meansTheSame(as other: Goal) -> Bool { text.meansTheSame(as: other.text) }
}

extension Material: MeaningComparable {
    func meansTheSame(as other: Material) -> Bool { name.meansTheSame(as: other.name) }
}

extension FileReference: MeaningComparable {
    func meansTheSame(as other: FileReference) -> Bool { path.meansTheSame(as: other.path) }
}

extension FieldOccurrence: MeaningComparable {
    /// The field's kind and whether it is empty; not the label's spelling.
    func meansTheSame(as other: FieldOccurrence) -> Bool { kind == other.kind && isEmpty == other.isEmpty }
}

extension AnnexID: MeaningComparable {
    func meansTheSame(as other: AnnexID) -> Bool { owner.meansTheSame(as: other.owner) && number == other.number }
}

extension AnnexTarget: MeaningComparable {
    func meansTheSame(as other: AnnexTarget) -> Bool {
        switch (self, other) {
        case (.url(let a), .url(let b)), (.path(let a), .path(let b)): a.meansTheSame(as: b)
        default: false
        }
    }
}

extension AnnexReference: MeaningComparable {
    /// The ID, title and target; not the reference as written.
    func meansTheSame(as other: AnnexReference) -> Bool {
        id.meansTheSame(as: other.id) && title.meansTheSame(as: other.title) && target.meansTheSame(as: other.target)
    }
}

extension AnnexEntry: MeaningComparable {
    /// The ID, title, target and kind; not the entry's reference as written.
    func meansTheSame(as other: AnnexEntry) -> Bool {
        id.meansTheSame(as: other.id) && title.meansTheSame(as: other.title) && target.meansTheSame(as: other.target)
            && kind == other.kind
    }
}

extension AnnexCatalogue: MeaningComparable {
    func meansTheSame(as other: AnnexCatalogue) -> Bool {
        file.meansTheSame(as: other.file) && title.meansTheSame(as: other.title)
            && defaultLocation.meansTheSame(as: other.defaultLocation) && entries.meansTheSame(as: other.entries)
    }
}

extension Manifest: MeaningComparable {
    func meansTheSame(as other: Manifest) -> Bool {
        guard levelNames.count == other.levelNames.count,
            levelNames.allSatisfy({ other.levelNames[$0.key].meansTheSame(as: $0.value) })
        else { return false }
        return file.meansTheSame(as: other.file) && title.meansTheSame(as: other.title) && language == other.language
            && description.meansTheSame(as: other.description) && dayFrame == other.dayFrame
            && lunchWindow == other.lunchWindow && maximumStretch == other.maximumStretch
            && breakMinutes == other.breakMinutes && lunchMinutes == other.lunchMinutes
            && participantsPerTrainer == other.participantsPerTrainer && moduleFiles.meansTheSame(as: other.moduleFiles)
            && annexFile.meansTheSame(as: other.annexFile) && notation == other.notation
            && fields.meansTheSame(as: other.fields)
    }
}
