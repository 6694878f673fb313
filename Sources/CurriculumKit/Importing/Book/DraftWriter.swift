/// Writes a draft curriculum as the format's files: manifest, one file per module, annex catalogue.
enum DraftWriter {
    /// Every file, by name, in writing order.
    static func files(_ draft: DraftCurriculum, language: Language) -> [(name: String, text: String)] {
        var files: [(String, String)] = [("curriculum.md", manifest(draft, language: language))]
        for module in draft.modules {
            files.append(("module-\(module.number).md", self.module(module, language: language)))
        }
        files.append(("annexes.md", catalogue(draft, language: language)))
        return files
    }

    private static func label(_ kind: FieldKind, _ language: Language) -> String {
        LabelTable.canonicalLabel(for: kind, in: language)
    }

    private static func comment(_ text: String) -> String {
        "<!-- " + text.replacingDoubleDashes() + " -->"
    }

    static func manifest(_ draft: DraftCurriculum, language: Language) -> String {
        var out = ["# " + (draft.title.isEmpty ? "?" : draft.title), ""]
        out.append(comment("import: a draft read from a course book; IMPORT.md lists what to check by hand"))
        out += ["", "\(label(.language, language)): \(language.rawValue)", ""]
        out += ["\(label(.notation, language)): \(language == .dutch ? "zoals geschreven" : "as written")", ""]
        let description = BookTextLayout.lines(draft.frontMatter)
        if !description.isEmpty {
            out += ["\(label(.description, language)):"] + description + [""]
        }
        out.append("\(label(.modules, language)):")
        for module in draft.modules { out.append("- module-\(module.number).md") }
        out += ["", "\(label(.annexFile, language)): annexes.md"]
        return out.joined(separator: "\n") + "\n"
    }

    static func module(_ module: DraftModule, language: Language) -> String {
        var out: [String] = []
        if let title = module.title, !title.isEmpty {
            out.append("# Module \(module.number): \(title)")
        } else {
            out.append(comment("import: the book gives module \(module.number) no heading that could be found"))
            out.append("# Module \(module.number)")
        }
        append(BookTextLayout.lines(module.intro), to: &out)
        let exercises = module.topics.flatMap(\.exercises)
        let levelled = exercises.filter { $0.id.numbers.count == 2 }.count * 2 > exercises.count
        for topic in module.topics {
            out.append("")
            if let title = topic.title, !title.isEmpty {
                out.append("## \(module.number).\(topic.letter) \(title)")
            } else {
                out.append(comment("import: no heading for this topic was found in the book"))
                out.append("## \(module.number).\(topic.letter)")
            }
            append(BookTextLayout.lines(topic.intro), to: &out)
            var level: Int?
            for exercise in topic.exercises {
                if levelled, exercise.id.numbers.count == 2, let number = exercise.id.numbers.first, number != level {
                    level = number
                    let word = language == .dutch ? "Niveau" : "Level"
                    out += ["", "### \(word) \(number)" + (topic.levelTitles[number].map { ": \($0)" } ?? "")]
                    append(BookTextLayout.lines(topic.levelIntros[number] ?? []), to: &out)
                }
                out.append("")
                out += self.exercise(exercise, depth: levelled ? 4 : 3, language: language)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func append(_ lines: [String], to out: inout [String]) {
        guard !lines.isEmpty else { return }
        out.append("")
        out += lines
    }

    static func exercise(_ exercise: DraftExercise, depth: Int, language: Language) -> [String] {
        var out = exercise.comments.map { comment("import: " + $0) }
        let title = exercise.title.collapsingWhitespace()
        out.append(String(repeating: "#", count: depth) + " " + exercise.id.text + (title.isEmpty ? "" : " " + title))
        append(BookTextLayout.lines(exercise.description), to: &out)
        var written: Set<FieldKind> = []
        for field in exercise.fields {
            out.append("")
            out += field.comments.map(comment)
            if written.contains(field.kind) {
                out.append(comment("import: the book gives a second \(field.label) here"))
                out += BookTextLayout.lines(field.lines)
                continue
            }
            written.insert(field.kind)
            out += self.field(field, owner: exercise.id.text, language: language)
        }
        return out
    }

    private static func field(_ field: DraftField, owner: String, language: Language) -> [String] {
        let name = label(field.kind, language)
        switch field.kind {
        case .duration:
            guard let duration = field.duration else {
                return ["\(name): " + field.lines.map(\.text).joined(separator: " ")]
            }
            return ["\(name): \(duration.written)"]
        case .goals:
            let items = goals(field.lines)
            if items.count == 1 { return ["\(name): \(items[0])"] }
            return ["\(name):"] + items.map { "- " + BookTextLayout.escaped($0) }
        case .annexes:
            var out = ["\(name):"]
            var seen: Set<DraftAnnex> = []
            for annex in field.annexes where seen.insert(annex).inserted {
                let word = language == .dutch ? "bijlage" : "annex"
                out.append("- \(annex.owner) \(word) \(annex.number)" + (annex.title.isEmpty ? "" : ": \(annex.title)"))
            }
            let other = field.lines.filter {
                !$0.isBlank && BookAnnexReference.references(in: $0.text).isEmpty
            }
            if field.annexes.isEmpty {
                out += other.map { "- " + $0.text }
            } else if !other.isEmpty {
                out.append(
                    comment(
                        "import: text beside the references, kept as printed: "
                            + other.map(\.text).joined(separator: " / ")))
            }
            return out.count == 1 ? [comment("import: the book prints \(field.label) with nothing after it")] : out
        default:
            let body = BookTextLayout.lines(field.lines)
            return ["\(name):"] + body
        }
    }

    /// One goal per paragraph or bullet.
    private static func goals(_ lines: [BookLine]) -> [String] {
        var goals: [String] = []
        var current = ""
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { goals.append(current) }
                current = ""
            } else if let rest = BookTextLayout.bullet(line.text) {
                if !current.isEmpty { goals.append(current) }
                current = rest
            } else {
                current = current.isEmpty ? line.text : current + " " + line.text
            }
        }
        if !current.isEmpty { goals.append(current) }
        return goals.map { $0.collapsingWhitespace() }
    }

    static func catalogue(_ draft: DraftCurriculum, language: Language) -> String {
        var titles: [String: (owner: String, number: Int, title: String, own: Bool)] = [:]
        var order: [String] = []
        for module in draft.modules {
            for topic in module.topics {
                for exercise in topic.exercises {
                    for field in exercise.fields where field.kind == .annexes {
                        for annex in field.annexes {
                            let key = "\(annex.owner)#\(annex.number)"
                            let own = annex.owner == exercise.id.text
                            if let known = titles[key] {
                                if own, !known.own { titles[key] = (annex.owner, annex.number, annex.title, true) }
                            } else {
                                titles[key] = (annex.owner, annex.number, annex.title, own)
                                order.append(key)
                            }
                        }
                    }
                }
            }
        }
        let dutch = language == .dutch
        var out = [
            dutch ? "# Bijlagen" : "# Annexes", "",
            "\(label(.location, language)): "
                + (dutch
                    ? "de bijlagen staan niet in het boek; de import neemt alleen hun verwijzingen over."
                    : "the annexes are not in the book; the import takes over only their references."),
            "",
        ]
        let word = dutch ? "bijlage" : "annex"
        let sorted = order.compactMap { titles[$0] }.sorted {
            AnnexID(owner: $0.owner, number: $0.number) < AnnexID(owner: $1.owner, number: $1.number)
        }
        for entry in sorted {
            out.append("- \(entry.owner) \(word) \(entry.number)" + (entry.title.isEmpty ? "" : ": \(entry.title)"))
        }
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// `--` cannot stand inside an HTML comment.
    fileprivate func replacingDoubleDashes() -> String {
        var result = ""
        for character in self {
            if character == "-", result.last == "-" { result.append(" ") }
            result.append(character)
        }
        return result
    }
}
