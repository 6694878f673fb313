/// Reads one Workbench episode file: the YAML front matter (`title`, `teaching`, `exercises`) and
/// the items of its `objectives`, `questions` and `keypoints` fenced divs.
///
/// A fenced div opens with a line of three or more colons and a class (`::: objectives`,
/// `:::::: {.keypoints}`) and closes with a line of colons alone; divs nest (a `solution` inside a
/// `challenge`), and colons inside a code block are code. Only top-level divs are read.
public enum CarpentriesEpisodeReader {
    /// The div classes read.
    static let listDivs = ["objectives", "questions", "keypoints"]

    /// Where the items of a div go.
    static func items(of name: String) -> WritableKeyPath<CarpentriesEpisode, [String]>? {
        switch name {
        case "objectives": return \.objectives
        case "questions": return \.questions
        case "keypoints": return \.keypoints
        default: return nil
        }
    }

    /// The episode in `source`, whose path inside the lesson is `file`, with what was found wrong.
    public static func read(_ source: SourceText, file: String) -> (
        episode: CarpentriesEpisode?, diagnostics: [Diagnostic]
    ) {
        let lines = (1...max(source.lineCount, 1)).map { source.line($0) }
        let start = SourceLocation(file: source.path, line: 1, column: 1)
        guard lines.first.map(trimmed) == "---" else { return (nil, [.noFrontMatter(at: start)]) }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(trimmed(lines[$0])) }) else {
            return (nil, [.unclosedFrontMatter(at: start)])
        }
        let frontMatter: YAMLNode
        switch YAMLReader.read(Array(lines[1..<close]), firstLine: 2) {
        case .failure(let error): return (nil, [error.diagnostic(path: source.path)])
        case .success(let node): frontMatter = node
        }
        var diagnostics: [Diagnostic] = []
        func location(of node: YAMLNode) -> SourceLocation {
            SourceLocation(file: source.path, line: node.line, column: 1)
        }
        guard let title = frontMatter["title"]?.scalar?.collapsingWhitespace(), !title.isEmpty else {
            return (
                nil,
                [
                    .missingField(
                        "title",
                        in: LocalizedText(en: "the episode's front matter", nl: "de front matter van de episode"),
                        at: start)
                ]
            )
        }
        var minutes: [String: Int] = [:]
        for key in ["teaching", "exercises"] {
            guard let node = frontMatter[key], node.value != .null else { continue }
            guard let text = node.scalar, let value = Int(text), value >= 0, value <= 24 * 60 else {
                diagnostics.append(.notMinutes(key, at: location(of: node)))
                continue
            }
            minutes[key] = value
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        var episode = CarpentriesEpisode(
            file: file, title: title, teaching: minutes["teaching"], exercises: minutes["exercises"])
        if episode.hasNoTimings {
            diagnostics.append(.noTimings(at: start))
        } else if episode.teaching == nil || episode.exercises == nil {
            diagnostics.append(.halfTimings(missing: episode.teaching == nil ? "teaching" : "exercises", at: start))
        }
        // Lessons of the older style list these in the front matter; the divs, when present, win.
        for key in listDivs {
            if let path = items(of: key), case .sequence(let listed) = frontMatter[key]?.value {
                episode[keyPath: path] = listed.compactMap(\.scalar)
            }
        }
        for (name, found) in divItems(Array(lines[(close + 1)...])) {
            if let path = items(of: name) { episode[keyPath: path] = found }
        }
        return (episode, diagnostics)
    }

    /// The list items of each top-level fenced div, by the div's class.
    static func divItems(_ lines: [String]) -> [String: [String]] {
        var found: [String: [String]] = [:]
        var depth = 0
        var current: String?
        var items: [String] = []
        var fence: String?
        for line in lines {
            let text = trimmed(line)
            if let open = fence {
                if text.hasPrefix(open), text.allSatisfy({ $0 == open.first }) { fence = nil }
                continue
            }
            if text.hasPrefix("```") || text.hasPrefix("~~~") {
                fence = String(text.prefix { $0 == text.first })
                continue
            }
            if text.hasPrefix(":::") {
                let name = divClass(text)
                if name == nil {
                    depth = max(depth - 1, 0)
                    if depth == 0, let open = current {
                        found[open, default: []] += items
                        current = nil
                        items = []
                    }
                } else {
                    depth += 1
                    if depth == 1 { current = name }
                }
                continue
            }
            guard depth == 1, current != nil else { continue }
            addItemLine(line, to: &items)
        }
        return found
    }

    /// The class of a div's opening line (`objectives` from `::: objectives` or `::: {.objectives}`);
    /// `nil` for a closing line of colons alone.
    static func divClass(_ text: String) -> String? {
        let rest = text.drop { $0 == ":" }.drop { $0 == " " || $0 == "{" || $0 == "." }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// A list item starts a new entry; an indented line continues the last one.
    private static func addItemLine(_ line: String, to items: inout [String]) {
        let text = trimmed(line)
        guard !text.isEmpty else { return }
        let indent = line.prefix { $0 == " " }.count
        for marker in ["- ", "* ", "+ "] where indent < 4 && text.hasPrefix(marker) {
            items.append(trimmed(String(text.dropFirst(2))))
            return
        }
        if let dot = text.firstIndex(where: { $0 == "." || $0 == ")" }), indent < 4,
            text[..<dot].allSatisfy(\.isNumber), !text[..<dot].isEmpty, text[dot...].dropFirst().first == " "
        {
            items.append(trimmed(String(text[dot...].dropFirst())))
            return
        }
        if let last = items.popLast(), indent > 0 {
            items.append(last + " " + text)
        } else {
            items.append(text)
        }
    }

    static func trimmed(_ text: String) -> String {
        var characters = Substring(text)
        while let first = characters.first, first == " " || first == "\t" { characters.removeFirst() }
        while let last = characters.last, last == " " || last == "\t" || last == "\r" { characters.removeLast() }
        return String(characters)
    }
}

extension Diagnostic {
    fileprivate static func noFrontMatter(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .episodeWithoutFrontMatter,
            en: "the file does not start with front matter ('---'); it is no Workbench episode",
            nl: "het bestand begint niet met een front matter ('---'); het is geen Workbench-episode",
            at: location,
            hint: FixHint(
                en: "an episode starts with '---', 'title:', 'teaching:', 'exercises:' and '---'",
                nl: "een episode begint met '---', 'title:', 'teaching:', 'exercises:' en '---'"))
    }

    fileprivate static func unclosedFrontMatter(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .episodeWithoutFrontMatter, en: "the front matter that starts here is never closed with '---'",
            nl: "de front matter die hier begint, wordt nergens met '---' afgesloten",
            at: location,
            hint: FixHint(
                en: "end the front matter with a line '---'", nl: "sluit de front matter af met een regel '---'"))
    }

    fileprivate static func notMinutes(_ key: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidLessonField, en: "'\(key)' is not a whole number of minutes (0 to 1440)",
            nl: "'\(key)' is geen heel aantal minuten (0 tot 1440)", at: location,
            hint: FixHint(
                en: "write the minutes as a number: '\(key): 15'", nl: "schrijf de minuten als getal: '\(key): 15'"))
    }

    fileprivate static func noTimings(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .episodeWithoutTimings,
            en:
                "the episode gives no 'teaching' or 'exercises' minutes; it counts \(CarpentriesEpisode.defaultMinutes) minutes, as the Workbench counts it",
            nl:
                "de episode geeft geen 'teaching'- of 'exercises'-minuten; ze telt \(CarpentriesEpisode.defaultMinutes) minuten, zoals de Workbench ze telt",
            at: location,
            hint: FixHint(
                en: "add 'teaching: N' and 'exercises: M' to the front matter",
                nl: "voeg 'teaching: N' en 'exercises: M' toe aan de front matter"))
    }

    fileprivate static func halfTimings(missing: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .episodeWithoutTimings, en: "the episode gives no '\(missing)' minutes; they count as 0",
            nl: "de episode geeft geen '\(missing)'-minuten; die tellen als 0", at: location,
            hint: FixHint(
                en: "add '\(missing): N' to the front matter", nl: "voeg '\(missing): N' toe aan de front matter"))
    }
}
