/// Topics are lettered A, B, C… and levels and exercises numbered 1, 2, 3… in the order they appear.
/// A hole or a step backwards is almost always a typing or OCR slip, and makes `plan` and handouts
/// list exercises in an order the authors did not intend.
public struct NumberingRule: Rule {
    public static let codes: [DiagnosticCode] = [.numberingGap, .numberingOutOfOrder]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for module in curriculum.modules {
            let topics = module.topics.filter { $0.id.module == module.number }
            found += sequence(
                topics.map { (Int($0.id.letter.asciiValue ?? 65) - 64, Self.idLocation(of: $0), $0.id.description) },
                kind: .topic, within: LocalizedText(en: "module \(module.number)", nl: "module \(module.number)"),
                name: { .same("\(module.number).\(Character(UnicodeScalar(UInt8(64 + $0))))") })
            for topic in module.topics {
                let levels = topic.levels.filter { !$0.isImplicit }
                // A level is named by its number alone: the kind already says "level" (never
                // "level level 2").
                found += sequence(
                    levels.compactMap { level in level.number.map { ($0, level.location, "Niveau \($0)") } },
                    kind: .level, within: LocalizedText(en: "topic \(topic.id)", nl: "onderwerp \(topic.id)"),
                    name: { .same("\($0)") })
                for level in topic.levels {
                    // The numbers alone, without copying the exercises: every level of every curriculum.
                    var firstID: ExerciseID?
                    let numbers = level.exercises.compactMap { exercise -> (Int, SourceLocation, String)? in
                        guard exercise.id.topicID == topic.id, exercise.id.level == level.number else { return nil }
                        if firstID == nil { firstID = exercise.id }
                        return (exercise.id.number, exercise.idLocation, exercise.writtenID)
                    }
                    found += sequence(
                        numbers, kind: .exercise,
                        within: level.number.map {
                            LocalizedText(
                                en: "level \($0) of topic \(topic.id)", nl: "niveau \($0) van onderwerp \(topic.id)")
                        } ?? LocalizedText(en: "topic \(topic.id)", nl: "onderwerp \(topic.id)"),
                        name: { number in
                            .same(
                                firstID.map {
                                    var id = $0
                                    id.number = number
                                    return id.description
                                } ?? "\(number)")
                        })
                }
            }
        }
        return found
    }

    /// Checks one sequence of (number, where, written): a number smaller than the one before it is
    /// out of order; a number missing from 1…highest is a gap, reported at the first element after it.
    /// The parent's name is worked out only for a finding, and `1, 2, 3…` in order, by far the most
    /// common sequence, is passed at once.
    private func sequence(
        _ items: [(Int, SourceLocation, String)], kind: Kind, within parent: @autoclosure () -> LocalizedText,
        name: (Int) -> LocalizedText
    ) -> [Diagnostic] {
        if items.indices.allSatisfy({ items[$0].0 == $0 + 1 }) { return [] }
        let parent = parent()
        var found: [Diagnostic] = []
        var previous = 0
        for (number, location, written) in items {
            if previous > 0, number < previous {
                found.append(
                    .outOfOrder(
                        kind, name(number), after: name(previous), in: parent, at: location, written: written))
            }
            previous = max(previous, number)
        }
        let present = Set(items.map(\.0))
        var below = 0
        for number in present.sorted() where number > 0 {
            defer { below = number }
            guard number > below + 1, let (_, location, written) = items.first(where: { $0.0 == number }) else {
                continue
            }
            let (from, to) = (name(below + 1), name(number - 1))
            let missing =
                below + 1 == number - 1
                ? from
                : LocalizedText(en: "\(from.english) to \(to.english)", nl: "\(from.dutch) tot en met \(to.dutch)")
            found.append(
                .numberingGap(
                    kind, name(number), missing: missing, firstMissing: name(below + 1), in: parent, at: location,
                    written: written))
        }
        return found
    }

    /// What is numbered: the words for it in both languages.
    enum Kind {
        case topic, level, exercise

        var singular: LocalizedText {
            switch self {
            case .topic: return LocalizedText(en: "topic", nl: "onderwerp")
            case .level: return LocalizedText(en: "level", nl: "niveau")
            case .exercise: return LocalizedText(en: "exercise", nl: "oefening")
            }
        }

        var plural: LocalizedText {
            switch self {
            case .topic: return LocalizedText(en: "topics", nl: "onderwerpen")
            case .level: return LocalizedText(en: "levels", nl: "niveaus")
            case .exercise: return LocalizedText(en: "exercises", nl: "oefeningen")
            }
        }

        /// `exercise 1.A.1.3`, `level 2` (a level's name already says what it is).
        func naming(_ name: LocalizedText) -> LocalizedText {
            LocalizedText(
                en: name.english.hasPrefix(singular.english) ? name.english : "\(singular.english) \(name.english)",
                nl: name.dutch.hasPrefix(singular.dutch) ? name.dutch : "\(singular.dutch) \(name.dutch)")
        }

        /// `het ontbrekende niveau`, `de ontbrekende oefening`: Dutch needs the article's gender.
        var missingDutch: String {
            switch self {
            case .topic: return "het ontbrekende onderwerp"
            case .level: return "het ontbrekende niveau"
            case .exercise: return "de ontbrekende oefening"
            }
        }
    }

    static func idLocation(of topic: Topic) -> SourceLocation {
        SourceLocation(file: topic.location.file, line: topic.location.line, column: topic.location.column + 3)
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "exercise 1.A.1.3 after 1.A.1.1",
            module: ExampleText.module(ExampleText.exercise() + ExampleText.exercise("↓1.A.1.3")),
            triggers: .numberingGap),
        RuleExample(
            "exercise 1.A.1.2 after 1.A.1.3",
            module: ExampleText.module(
                ExampleText.exercise() + ExampleText.exercise("1.A.1.3") + ExampleText.exercise("↓1.A.1.2")),
            triggers: .numberingOutOfOrder),
        RuleExample(
            "topic C after topic A",
            module: ExampleText.module(ExampleText.exercise()) + "## ↓1.C Derde onderwerp\n\n### Niveau 1\n\n"
                + ExampleText.exercise("1.C.1.1"),
            triggers: .numberingGap),
        RuleExample(
            "level 2 before level 1",
            module: ExampleText.module(ExampleText.exercise("1.A.2.1"), level: 2) + "↓### Niveau 1\n\n"
                + ExampleText.exercise("1.A.1.1"),
            triggers: .numberingOutOfOrder),
        RuleExample(
            "a topic whose exercises start at 2", module: ExampleText.module(ExampleText.exercise("↓1.A.1.2")),
            triggers: .numberingGap),
        RuleExample(
            "numbering in order",
            module: ExampleText.module(ExampleText.exercise() + ExampleText.exercise("1.A.1.2"))
                + "### Niveau 2\n\n" + ExampleText.exercise("1.A.2.1") + "## 1.B Tweede\n\n### Niveau 1\n\n"
                + ExampleText.exercise("1.B.1.1")),
    ]
}

extension Diagnostic {
    fileprivate static func outOfOrder(
        _ kind: NumberingRule.Kind, _ name: LocalizedText, after previous: LocalizedText, in parent: LocalizedText,
        at location: SourceLocation, written: String
    ) -> Diagnostic {
        let named = kind.naming(name)
        // Levels are named by number alone: "level 1 comes after level 2".
        let after = kind == .level ? kind.naming(previous) : previous
        return Diagnostic(
            .numberingOutOfOrder,
            en: "\(named.english) comes after \(after.english) in \(parent.english)",
            nl: "\(named.dutch) komt na \(after.dutch) in \(parent.dutch)", at: location,
            length: written.scalarCount,
            hint: FixHint(
                en: "move it before \(after.english), or renumber the \(kind.plural.english) in order",
                nl: "verplaats \(named.dutch) naar vóór \(after.dutch), of nummer de \(kind.plural.dutch) op volgorde"
            ))
    }

    /// A number with a gap below it; `missing` names the numbers skipped (`2` or `2 to 4`).
    fileprivate static func numberingGap(
        _ kind: NumberingRule.Kind, _ name: LocalizedText, missing: LocalizedText, firstMissing: LocalizedText,
        in parent: LocalizedText, at location: SourceLocation, written: String
    ) -> Diagnostic {
        let named = kind.naming(name)
        let gap = kind.naming(missing)
        // A level or topic renumbered takes its exercises' IDs along, or they no longer match their
        // heading (CUR202).
        let hint =
            kind == .level
            ? FixHint(
                en:
                    "renumber it level \(firstMissing.english) (the heading and the IDs of its exercises), or add the missing level",
                nl:
                    "geef \(named.dutch) het nummer \(firstMissing.dutch) (de kop en de nummers van de oefeningen eronder), of voeg \(kind.missingDutch) toe"
            )
            : kind == .topic
                ? FixHint(
                    en:
                        "renumber it \(firstMissing.english) (the heading and the IDs of its exercises), or add the missing topic",
                    nl:
                        "geef \(named.dutch) het nummer \(firstMissing.dutch) (de kop en de nummers van de oefeningen eronder), of voeg \(kind.missingDutch) toe"
                )
                : FixHint(
                    en: "renumber it \(firstMissing.english), or add the missing \(kind.singular.english)",
                    nl: "geef \(named.dutch) het nummer \(firstMissing.dutch), of voeg \(kind.missingDutch) toe")
        return Diagnostic(
            .numberingGap,
            en:
                "\(named.english) has no \(kind.singular.english) before it numbered \(missing.english) in \(parent.english)",
            nl: "vóór \(named.dutch) ontbreekt \(gap.dutch) in \(parent.dutch)",
            at: location, length: written.scalarCount, hint: hint)
    }
}
