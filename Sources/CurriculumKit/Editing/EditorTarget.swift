/// What sits under the cursor, as the editor features need it: an annex reference or catalogue
/// entry, a heading, a duration, an exercise ID in prose or in a plan.
public enum EditorTarget: Sendable {
    case annexReference(AnnexReference, in: Exercise)
    case annexEntry(AnnexEntry)
    case exerciseHeading(Exercise)
    case topicHeading(Topic)
    case levelHeading(Level, in: Topic)
    case moduleHeading(Module)
    case duration(WrittenDuration, of: Exercise)
    /// An exercise ID written in prose, a cross-reference or a plan item.
    case exerciseMention(ExerciseID, range: SourceRange)
}

extension CurriculumSnapshot {
    /// What is at `location` (1-based line, scalar column) in the file it names.
    public func target(at location: SourceLocation) -> EditorTarget? {
        let line = location.line
        let column = location.column
        func covers(_ start: SourceLocation, _ length: Int) -> Bool {
            start.file == location.file && start.line == line && column >= start.column
                && column <= start.column + max(length, 1)
        }
        if let curriculum {
            for entry in curriculum.annexCatalogue?.entries ?? []
            where covers(entry.location, entry.written.scalarCount) {
                return .annexEntry(entry)
            }
            for module in curriculum.modules where module.file == location.file {
                if module.location.line == line { return .moduleHeading(module) }
                for topic in module.topics {
                    if topic.location.line == line { return .topicHeading(topic) }
                    for level in topic.levels {
                        if !level.isImplicit, level.location.line == line { return .levelHeading(level, in: topic) }
                        for exercise in level.exercises {
                            if exercise.location.line == line { return .exerciseHeading(exercise) }
                            for reference in exercise.annexes
                            where covers(reference.location, reference.written.scalarCount) {
                                return .annexReference(reference, in: exercise)
                            }
                            if let duration = exercise.duration, duration.location.line == line,
                                duration.location.file == location.file
                            {
                                return .duration(duration, of: exercise)
                            }
                        }
                    }
                }
            }
        }
        guard let text = lineText(location.file, line: line) else { return nil }
        for mention in Self.exerciseMentions(in: text, file: location.file, line: line)
        where column >= mention.range.start.column && column <= mention.range.endColumn {
            return .exerciseMention(mention.id, range: mention.range)
        }
        return nil
    }

    /// Every exercise ID written in a line (`1.A.1.1`, `0.B.2`, with or without a trailing dot), with
    /// the range of its characters (the trailing dot left out).
    public static func exerciseMentions(in text: String, file: String, line: Int) -> [(
        id: ExerciseID, range: SourceRange
    )] {
        let scalars = Array(text.unicodeScalars)
        var found: [(id: ExerciseID, range: SourceRange)] = []
        var index = 0
        func isPart(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == ".")
        }
        while index < scalars.count {
            let scalar = scalars[index]
            guard ("0"..."9").contains(scalar), index == 0 || !isPart(scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isPart(scalars[end]) { end += 1 }
            var last = end
            while last > index, scalars[last - 1] == "." { last -= 1 }
            var word = ""
            word.unicodeScalars.append(contentsOf: scalars[index..<last])
            if let id = ExerciseID(word), id.level != nil || word.split(separator: ".").count == 3 {
                let start = SourceLocation(file: file, line: line, column: index + 1)
                found.append((id, SourceRange(start: start, length: last - index)))
            }
            index = end
        }
        return found
    }
}
