extension CurriculumSnapshot {
    /// The outline of a module file: module → topic → level → exercise, each with its time, in the
    /// curriculum's language.
    public func outline(of path: String) -> [OutlineSymbol] {
        guard let curriculum else { return [] }
        let labels = labels
        return curriculum.modules.filter { $0.file == path }.map { module in
            let topics = module.topics.map { topic in
                let levels = topic.levels.map { level -> [OutlineSymbol] in
                    let exercises = level.exercises.map { exercise in
                        OutlineSymbol(
                            name: "\(exercise.id) \(exercise.title)",
                            detail: exercise.duration?.value?.description ?? labels.noDuration, kind: .exercise,
                            range: headingRange(exercise.location))
                    }
                    guard let number = level.number else { return exercises }
                    return [
                        OutlineSymbol(
                            name: labels.levelName(number, level.name),
                            detail: level.totalMinutes.description, kind: .level, range: headingRange(level.location),
                            children: exercises)
                    ]
                }
                return OutlineSymbol(
                    name: "\(topic.id) \(topic.title)", detail: topic.totalMinutes.description, kind: .topic,
                    range: headingRange(topic.location), children: levels.flatMap { $0 })
            }
            return OutlineSymbol(
                name: "\(labels.module) \(module.number): \(module.title)", detail: module.totalMinutes.description,
                kind: .module, range: headingRange(module.location), children: topics)
        }
    }

    /// Every module, topic, level and exercise whose name contains `query` (case-insensitive), flat.
    public func symbols(matching query: String) -> [OutlineSymbol] {
        let needle = query.lowercased()
        var found: [OutlineSymbol] = []
        func walk(_ symbols: [OutlineSymbol]) {
            for symbol in symbols {
                if needle.isEmpty || symbol.name.lowercased().contains(needle) {
                    var flat = symbol
                    flat.children = []
                    found.append(flat)
                }
                walk(symbol.children)
            }
        }
        for module in curriculum?.modules ?? [] { walk(outline(of: module.file)) }
        return found
    }

    /// Inlay hints: the clock time at each plan item, the total at each topic and level heading.
    public func inlayHints(in path: String) -> [(at: SourceLocation, label: String)] {
        if path.hasSuffix(PlanParser.fileSuffix) {
            guard let schedule = scheduledPlan(path)?.schedule else { return [] }
            return schedule.days.flatMap(\.items).compactMap { item in
                guard let location = item.location, location.file == path else { return nil }
                return (SourceLocation(file: path, line: location.line, column: 1), "\(item.start)–\(item.end) ")
            }
        }
        var hints: [(at: SourceLocation, label: String)] = []
        for module in curriculum?.modules ?? [] where module.file == path {
            for topic in module.topics {
                hints.append((lineEnd(topic.location), " \(topic.totalMinutes)"))
                for level in topic.levels where !level.isImplicit {
                    hints.append((lineEnd(level.location), " \(level.totalMinutes)"))
                }
            }
        }
        return hints
    }

    /// The whole heading line of a location.
    func headingRange(_ location: SourceLocation) -> SourceRange {
        let length = lineText(location.file, line: location.line)?.scalarCount ?? 1
        return SourceRange(
            start: SourceLocation(file: location.file, line: location.line, column: 1), length: length)
    }

    private func lineEnd(_ location: SourceLocation) -> SourceLocation {
        let length = lineText(location.file, line: location.line)?.scalarCount ?? 0
        return SourceLocation(file: location.file, line: location.line, column: length + 1)
    }

    /// The file in its canonical layout, or `nil` when `fmt` would refuse it (the meaning would
    /// change) or it is already canonical.
    public func formatted(_ path: String) -> String? {
        guard let source = source(path) else { return nil }
        let catalogueName = curriculum?.manifest.annexFile ?? "annexes.md"
        let role = FileRole.of(fileName: Self.fileName(path), catalogueName: catalogueName)
        let formatter = Formatter(
            language: curriculum?.language ?? .dutch, notation: curriculum?.manifest.notation ?? .canonical)
        guard case .formatted(let bytes) = formatter.formatChecked(source, role: role), bytes != source.bytes
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
