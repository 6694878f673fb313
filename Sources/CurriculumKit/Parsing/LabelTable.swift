/// The field labels the format knows, in Dutch and English, and the label `fmt` writes for each.
///
/// Matching is case-insensitive and ignores runs of spaces, so `LEERDOEL :`, `leerdoel:` and
/// `Leerdoel:` are the same label. Every label the IGMA course book uses is here.
public enum LabelTable {
    /// Every accepted label (lower-case, single-spaced) and the field it opens.
    public static let labels: [String: FieldKind] = {
        var table: [String: FieldKind] = [:]
        func add(_ kind: FieldKind, _ words: String...) { for word in words { table[word] = kind } }
        add(
            .goals, "leerdoel", "leerdoelen", "doel", "doelen", "algemene doelen", "algemeen doel", "doelen per niveau",
            "learning objective", "learning objectives", "learning goal", "learning goals", "goal", "goals",
            "general goals", "objective", "objectives", "aims", "aim")
        add(.duration, "duur", "tijdsduur", "tijd", "duration", "time")
        add(.procedure, "procedure", "werkwijze", "method", "werkvorm")
        add(
            .feedback, "feedback", "feedback (if applicable)", "feedback (indien van toepassing)",
            "feedback (optioneel)",
            "nabespreking", "debriefing")
        add(
            .annexes, "ondersteunend materiaal", "ondersteunende materialen", "bijlagen", "bijlage",
            "supporting materials", "supporting material", "annexes", "annex", "appendices")
        add(.materials, "materiaal", "materialen", "benodigdheden", "materials", "material", "equipment")
        add(.preparation, "voorbereiding", "preparation")
        add(.groupSize, "groepsgrootte", "group size", "aantal deelnemers")
        add(.notes, "opmerking", "opmerkingen", "notitie", "notities", "note", "notes")
        add(
            .formerIDs, "eerder", "eerdere id", "eerdere ids", "ook bekend als", "formerly", "former id",
            "former ids", "also known as")
        add(.language, "taal", "language")
        add(.description, "beschrijving", "omschrijving", "description")
        add(.levels, "niveaus", "levels")
        add(.dayFrame, "dagindeling", "dag", "day", "day frame", "course day", "cursusdag")
        add(.lunchWindow, "lunch", "lunchpauze", "lunch window")
        add(.maximumStretch, "maximale sessie", "maximum stretch", "max stretch", "maximale blokduur")
        add(.breakMinutes, "pauzeduur", "break length", "break duration")
        add(.lunchMinutes, "lunchduur", "lunch duration", "lunch length")
        add(.participantsPerTrainer, "deelnemers per trainer", "participants per trainer")
        add(.modules, "modules", "modulen")
        add(.annexFile, "bijlagenbestand", "annex catalogue", "annex file", "catalogus")
        add(.location, "locatie", "location", "vindplaats")
        add(.notation, "notatie", "schrijfwijze", "notation")
        return table
    }()

    /// The label `fmt` writes, per language.
    public static func canonicalLabel(for kind: FieldKind, in language: Language) -> String {
        switch (kind, language) {
        case (.goals, .dutch): return "Leerdoelen"
        case (.goals, .english): return "Learning goals"
        case (.duration, .dutch): return "Duur"
        case (.duration, .english): return "Duration"
        case (.procedure, _): return "Procedure"
        case (.feedback, _): return "Feedback"
        case (.annexes, .dutch): return "Bijlagen"
        case (.annexes, .english): return "Annexes"
        case (.materials, .dutch): return "Materiaal"
        case (.materials, .english): return "Materials"
        case (.preparation, .dutch): return "Voorbereiding"
        case (.preparation, .english): return "Preparation"
        case (.groupSize, .dutch): return "Groepsgrootte"
        case (.groupSize, .english): return "Group size"
        case (.notes, .dutch): return "Opmerkingen"
        case (.notes, .english): return "Notes"
        case (.formerIDs, .dutch): return "Eerder"
        case (.formerIDs, .english): return "Formerly"
        case (.language, .dutch): return "Taal"
        case (.language, .english): return "Language"
        case (.description, .dutch): return "Beschrijving"
        case (.description, .english): return "Description"
        case (.levels, .dutch): return "Niveaus"
        case (.levels, .english): return "Levels"
        case (.dayFrame, .dutch): return "Dagindeling"
        case (.dayFrame, .english): return "Day"
        case (.lunchWindow, _): return "Lunch"
        case (.maximumStretch, .dutch): return "Maximale sessie"
        case (.maximumStretch, .english): return "Maximum stretch"
        case (.breakMinutes, .dutch): return "Pauzeduur"
        case (.breakMinutes, .english): return "Break length"
        case (.lunchMinutes, .dutch): return "Lunchduur"
        case (.lunchMinutes, .english): return "Lunch duration"
        case (.participantsPerTrainer, .dutch): return "Deelnemers per trainer"
        case (.participantsPerTrainer, .english): return "Participants per trainer"
        case (.modules, _): return "Modules"
        case (.annexFile, .dutch): return "Bijlagen"
        case (.annexFile, .english): return "Annexes"
        case (.notation, .dutch): return "Notatie"
        case (.notation, .english): return "Notation"
        case (.location, .dutch): return "Locatie"
        case (.location, .english): return "Location"
        }
    }

    /// The field a label opens, after normalising case and spaces.
    public static func kind(of label: String) -> FieldKind? {
        labels[normalise(label)]
    }

    /// The kind of the label in `bytes` (a slice of a line), read without making a `String` for the
    /// ASCII labels the table holds; other text goes through `kind(of:)`.
    static func kind(ofUTF8 bytes: ByteView) -> FieldKind? {
        guard let key = LabelKey(bytes) else { return kind(of: bytes.string) }
        // Binary search of the sorted keys: seven comparisons of four words, cheaper than hashing.
        let table = keyed
        var low = 0
        var high = table.count
        while low < high {
            let middle = (low + high) / 2
            if table[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < table.count && table[low].key == key ? table[low].kind : nil
    }

    /// Every label of the table by its packed key, sorted by key. Each label is ASCII and at most 32
    /// bytes long, so every one has a key (`ByteReadingTests` holds the table to that).
    static let keyed: [(key: LabelKey, kind: FieldKind)] = labels.compactMap { label, kind in
        label.withByteView { LabelKey($0) }.map { ($0, kind) }
    }.sorted { $0.key < $1.key }

    static func normalise(_ label: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(label.utf8.count)
        var previousSpace = true
        for byte in label.utf8 {
            if byte >= 0x80 { return label.lowercased().collapsingWhitespace() }
            if byte == 0x20 || byte == 0x09 {
                if !previousSpace { bytes.append(0x20) }
                previousSpace = true
            } else {
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                previousSpace = false
            }
        }
        if bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The labels as byte arrays, for the suggestion search.
    private static let candidates: [(label: String, bytes: [UInt8], counts: ByteCounts)] = labels.keys.sorted().map {
        ($0, Array($0.utf8), ByteCounts($0.utf8))
    }

    /// The known label nearest to an unknown one, for did-you-mean hints, capitalised as usual.
    ///
    /// Runs for every line that looks like `Words: …`, so it compares bytes with a bounded edit
    /// distance and gives up on a candidate as soon as it cannot be close enough.
    public static func suggestion(for label: String) -> String? {
        let word = Array(normalise(label).utf8)
        let counts = ByteCounts(word)
        var best: (String, Int)?
        var rows: [Int] = []
        for candidate in candidates {
            let limit = min(max(1, min(word.count, candidate.bytes.count) / 3), (best?.1 ?? Int.max) - 1)
            if abs(candidate.bytes.count - word.count) > limit { continue }
            if counts.editsAtLeast(to: candidate.counts) > limit { continue }
            if let distance = EditDistance.bounded(word, candidate.bytes, limit: limit, rows: &rows) {
                best = (candidate.label, distance)
            }
        }
        guard let match = best?.0 else { return nil }
        return match.prefix(1).uppercased() + match.dropFirst()
    }

    /// Whether `suggestion(for:)` is the one right answer: no other label is as near to `label`.
    public static func hasSingleSuggestion(for label: String) -> Bool {
        let word = Array(normalise(label).utf8)
        let counts = ByteCounts(word)
        var best = Int.max
        var count = 0
        for candidate in candidates {
            let limit = max(1, min(word.count, candidate.bytes.count) / 3)
            if abs(candidate.bytes.count - word.count) > limit { continue }
            if counts.editsAtLeast(to: candidate.counts) > limit { continue }
            guard let distance = EditDistance.bounded(word, candidate.bytes, limit: limit) else { continue }
            if distance < best {
                best = distance
                count = 1
            } else if distance == best {
                count += 1
            }
        }
        return count == 1
    }
}
