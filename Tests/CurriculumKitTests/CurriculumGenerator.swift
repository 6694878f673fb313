@testable import CurriculumKit

/// Generates curriculum files from a seed, written the untidy ways people write them: labels in any
/// case and language, every duration notation (ambiguous and unreadable ones too), `*`/`+` bullets,
/// glued annex references, runs of blank lines, trailing spaces, CR/CRLF line ends, comments of every
/// kind (suppressions, errata, multi-line ones holding lines that look like structure), unknown lines.
///
/// The property tests format these and check that nothing is lost; a failure prints the seed, and
/// `CurriculumGenerator(seed:)` rebuilds the same files.
struct CurriculumGenerator {
    var random: SeededRandom
    let language: Language
    let lineEnd: String
    let mixedLineEnds: Bool

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
        language = random.chance(70) ? .dutch : .english
        lineEnd = random.pick(["\n", "\n", "\n", "\r\n", "\r"])
        mixedLineEnds = random.chance(10)
    }

    // MARK: Pieces

    mutating func end() -> String {
        let trailing = random.chance(8) ? random.pick([" ", "  ", "\t", " \t "]) : ""
        return trailing + (mixedLineEnds ? random.pick(["\n", "\r\n", "\r"]) : lineEnd)
    }

    mutating func line(_ text: String) -> String { text + end() }

    mutating func blanks() -> String {
        var text = ""
        for _ in 0..<random.pick([0, 1, 1, 1, 2, 3]) { text += random.chance(15) ? line("   ") : end() }
        return text
    }

    mutating func label(_ kind: FieldKind) -> String {
        let options = LabelTable.labels.filter { $0.value == kind }.map(\.key).sorted()
        var word = random.pick(options)
        switch random.int(below: 4) {
        case 0: word = word.uppercased()
        case 1: word = word.prefix(1).uppercased() + word.dropFirst()
        default: break
        }
        return word + (random.chance(10) ? " " : "") + ":"
    }

    mutating func heading(_ depth: Int, _ text: String) -> String {
        let hashes = String(repeating: "#", count: depth)
        let indent = random.chance(5) ? " " : ""
        let space = random.pick([" ", " ", " ", "  ", "\t"])
        let closing = random.chance(8) ? " " + hashes : ""
        return line(indent + hashes + space + text + closing)
    }

    mutating func words(_ count: Int) -> String {
        let vocabulary = [
            "de", "trainer", "vraagt", "deelnemers", "groep", "the", "participants", "discuss", "café", "één",
            "ملاحظة", "שלום", "🙂", "📚", "(zie", "boek)", "1,5", "A.", "x:", "**vet**", "<b>", "&amp;", "`code`",
        ]
        return (0..<max(1, count)).map { _ in random.pick(vocabulary) }.joined(
            separator: random.chance(10) ? "  " : " ")
    }

    mutating func duration() -> String {
        random.pick([
            "60 min", "60 minuten", "45'", "1 uur", "1,5 uur", "1h30", "1u30", "1:30", "1,30 uur", "1.45 hour",
            "anderhalf uur",
            "half uur", "kwartier", "30 tot 45 minuten", "1,5 - 2 uur", "45 mins - 1 hour", "2 uren", "90 minutes",
            "1 uur (afhankelijk van de groep)", "een middag", "2-1 uur", "0 min", "ca. 20 min", "3uur",
            "1 hour and 20 minutes",
        ])
    }

    mutating func annexReference(owner: String) -> String {
        var id = random.chance(20) ? owner.lowercased() : owner
        if random.chance(15) { id += "." }
        let keyword = random.pick(["bijlage", "Bijlage", "annex", "ANNEX", "bijl.", "appendix"])
        let gap = random.pick(["", " ", " ", "  "])
        let reference = id + gap + keyword + random.pick([" ", "  "]) + "\(1 + random.int(below: 3))"
        switch random.int(below: 5) {
        case 0: return words(3) + " " + reference
        case 1: return reference
        case 2: return reference + ": " + words(4) + " <bijlagen/werkblad.pdf>"
        default: return reference + ": " + words(4)
        }
    }

    mutating func comment() -> String {
        switch random.int(below: 8) {
        case 6: return line(words(4) + " <!-- " + words(2)) + line("<!-- " + words(3) + " -->")
        case 7: return line("<!-- " + words(2)) + line(words(2) + " --> " + words(3))
        case 0: return line("<!-- curriculum-ignore CUR302: " + words(3) + " -->")
        case 1: return line("<!-- erratum: het boek schrijft \"I.A.1.1\"; bedoeld is 1.A.1.1 -->")
        case 2:
            return line("<!-- " + words(2)) + end() + line("Duur: 60 minuten") + line("* geen lijst")
                + line("#### 9.Z.9.9 geen kop -->")
        case 3: return line(words(3) + " <!-- " + words(2) + " -->")
        default: return line("<!-- " + words(4) + " -->")
        }
    }

    mutating func list(depth: Int = 0) -> String {
        var text = ""
        let numbered = random.chance(40)
        for index in 1...(1 + random.int(below: 4)) {
            let indent = String(repeating: " ", count: depth * random.pick([2, 3, 4]))
            let marker = numbered ? "\(index)\(random.pick([".", ")"]))" : random.pick(["-", "-", "*", "+"])
            text += line(
                indent + marker + random.pick([" ", " ", "  "]) + words(5)
                    + (random.chance(20) ? " (\(5 + random.int(below: 20))')" : ""))
            if random.chance(15) { text += line(indent + "  " + words(3)) }
            if depth == 0, random.chance(15) { text += list(depth: 1) }
            if random.chance(10) { text += end() }
        }
        return text
    }

    mutating func value(_ kind: FieldKind, owner: String) -> String {
        switch kind {
        case .duration:
            return random.chance(90) ? " " + duration() + end() : end() + line(duration())
        case .annexes:
            var text = end()
            for _ in 0..<(1 + random.int(below: 3)) {
                text += line(random.pick(["-", "*", "+"]) + " " + annexReference(owner: owner))
            }
            return text
        case .materials:
            return " " + words(2) + ", " + words(1) + end()
        case .formerIDs:
            return " " + owner + "9" + end()
        default:
            if random.chance(40) { return " " + words(6) + end() }
            return end() + (random.chance(60) ? list() : line(words(8)) + line(words(5)))
        }
    }

    // MARK: Files

    mutating func module(number: Int) -> String {
        var text = random.chance(20) ? blanks() : ""
        if random.chance(15) { text += comment() }
        text += heading(1, "Module \(number): " + words(3))
        text += blanks()
        if random.chance(60) { text += line(words(8)) + line(words(6)) + blanks() }
        if random.chance(50) { text += line(label(.goals)) + list() + blanks() }
        for topicIndex in 0..<(1 + random.int(below: 3)) {
            let letter = String(UnicodeScalar(UInt8(65 + topicIndex)))
            let topic = "\(number).\(letter)"
            text += blanks()
            if random.chance(10) { text += comment() }
            text += heading(2, topic + " " + words(3))
            text += blanks()
            if random.chance(40) { text += line(words(10)) + blanks() }
            let levels = random.chance(70) ? Array(1...(1 + random.int(below: 2))) : [0]
            for level in levels {
                if level > 0 {
                    text += heading(3, (language == .dutch ? "Niveau" : "Level") + " \(level)")
                    text += blanks()
                    if random.chance(30) { text += line(label(.goals)) + list() + blanks() }
                }
                for exercise in 1...(1 + random.int(below: 3)) {
                    let id = level > 0 ? "\(topic).\(level).\(exercise)" : "\(topic).\(exercise)"
                    if random.chance(15) { text += comment() }
                    text += heading(level > 0 ? 4 : 3, id + " " + words(4))
                    text += blanks()
                    if random.chance(30) { text += line(words(7)) + blanks() }
                    var kinds = FieldKind.exerciseFields.filter { _ in random.chance(60) }
                    if random.chance(30) { kinds.shuffle(using: &random) }
                    for kind in kinds {
                        if random.chance(10) { text += comment() }
                        text += label(kind) + value(kind, owner: id)
                        text += random.chance(15) ? "" : blanks()
                        if random.chance(5) {
                            text += line(
                                random.pick([
                                    "Iets: met een dubbele punt", "#Geen kop", "***", "Leerdoell: typfout",
                                    "##### diepe kop",
                                ]))
                        }
                    }
                }
            }
        }
        if random.chance(10) { text += line("<!-- " + words(2) + " aan het eind -->") }
        return text + blanks()
    }

    mutating func manifest(modules: Int) -> String {
        var text = heading(1, words(3))
        text += blanks()
        text += line(label(.language) + " " + (language == .dutch ? "nl" : "en")) + blanks()
        text += line(label(.description)) + line(words(9)) + line(words(7)) + blanks()
        text +=
            line(label(.levels)) + line(random.pick(["-", "*"]) + " 1: Kennis")
            + line(random.pick(["-", "+"]) + " 2: Praktijk") + blanks()
        text += line(label(.dayFrame) + " 09:00-16:30") + blanks()
        text += line(label(.modules))
        for number in 1...modules { text += line(random.pick(["-", "*"]) + " module-\(number).md") }
        text += blanks()
        if random.chance(30) { text += comment() }
        text += line(random.pick(["Bijlagen:", "Annexes:", "BIJLAGEN :"]) + " annexes.md")
        return text + blanks()
    }

    mutating func catalogue(owners: [String]) -> String {
        var text = heading(1, language == .dutch ? "Bijlagen" : "Annexes") + blanks()
        if random.chance(50) { text += line(label(.location) + " " + words(6)) + blanks() }
        for (index, owner) in owners.enumerated() {
            if index % 3 == 0, random.chance(50) {
                text += blanks() + heading(2, "Module " + owner.prefix(1)) + blanks()
            }
            if random.chance(8) { text += comment() }
            text += line(random.pick(["-", "*", "+"]) + " " + annexReference(owner: owner))
        }
        return text + blanks()
    }

    /// A whole curriculum: the manifest, module files and catalogue, by file name.
    mutating func curriculum() -> [(name: String, role: FileRole, text: String)] {
        let count = 1 + random.int(below: 3)
        var files: [(String, FileRole, String)] = [("curriculum.md", .manifest, manifest(modules: count))]
        for number in 1...count { files.append(("module-\(number).md", .module, module(number: number))) }
        let owners = (1...count).flatMap { m in ["A", "B"].map { "\(m).\($0).1.\(1 + random.int(below: 2))" } }
        files.append(("annexes.md", .catalogue, catalogue(owners: owners)))
        return files
    }
}

extension SeededRandom: RandomNumberGenerator {}
