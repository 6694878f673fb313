/// An exercise or topic ID as a course book prints it, read through the misprints OCR makes.
///
/// Books print `1.A.1.1`, `0.A.1` and `1.B.` (a topic); OCR turns the digits into letters
/// (`I.A.1.1`, `[.B.1.1.`, `O.A.1`, `0O.A.1`), a topic `B` into `8`, drops a dot (`2.A.21`,
/// `4A.1.1`, `3.A11`) or adds a letter (`I.LA.1.1`). `read` undoes those that leave one reading,
/// and says so (`repaired`), so that every repair reaches the import report.
struct BookID: Hashable, Sendable {
    var module: Int
    var topic: Character
    /// Level and number (`[1, 1]`), the number alone in a module without levels (`[1]`), or none
    /// for a topic (`1.B.`).
    var numbers: [Int]
    /// The token as the book prints it.
    var written: String
    /// Whether anything had to be changed to read it.
    var repaired: Bool

    /// `1.A.1.1`.
    var text: String {
        ([String(module), String(topic)] + numbers.map(String.init)).joined(separator: ".")
    }

    /// The topic's ID: `1.A`.
    var topicText: String { "\(module).\(topic)" }

    /// Reads a token (the first word of a line, or the word before `bijlage`).
    ///
    /// `levels` says whether the module uses levels, when known: `2.A.21` is `2.A.2.1` only in a
    /// module whose other IDs have four parts.
    static func read(_ token: some StringProtocol, levels: (Int) -> Bool? = { _ in nil }) -> BookID? {
        var characters = Array(token)
        while let last = characters.last, last == "." || last == ":" || last == "," || last == ")" {
            characters.removeLast()
        }
        guard !characters.isEmpty, characters.count <= 14 else { return nil }
        var repaired = false
        var index = 0
        // The module: digits, or characters OCR reads for them.
        var moduleDigits: [Int] = []
        while index < characters.count, let digit = digitValue(characters[index]) {
            if !characters[index].isPlainDigit { repaired = true }
            moduleDigits.append(digit)
            index += 1
        }
        guard let firstDigit = moduleDigits.first else { return nil }
        if moduleDigits.count > 1 {
            // `0O.A.1`: one digit printed twice.
            guard moduleDigits.allSatisfy({ $0 == firstDigit }), moduleDigits.count == 2, repaired else { return nil }
        }
        let dotAfterModule = index < characters.count && characters[index] == "."
        if dotAfterModule {
            index += 1
        } else {
            // `4A.1.1` drops a dot; `Ik` is a word, not an ID.
            guard characters[0].isPlainDigit else { return nil }
            repaired = true
        }
        // The topic: one letter, `8` for `B`, an extra OCR letter before it (`LA`).
        var letters: [Character] = []
        while index < characters.count, characters[index].isLetter || characters[index] == "8" {
            letters.append(characters[index])
            index += 1
        }
        guard let rawTopic = letters.last, letters.count <= 2 else { return nil }
        if letters.count == 2 {
            guard letters[0] == "L" || letters[0] == "l" || letters[0] == "I" else { return nil }
            repaired = true
        }
        var topic = rawTopic
        if topic == "8" {
            topic = "B"
            repaired = true
        } else if topic.isLowercase {
            repaired = true
        }
        guard let upper = topic.uppercased().first, upper.isASCII, upper.isLetter else { return nil }
        topic = upper
        if index == characters.count {
            guard dotAfterModule else { return nil }
            return BookID(
                module: firstDigit, topic: topic, numbers: [], written: String(token), repaired: repaired)
        }
        if characters[index] == "." { index += 1 } else { repaired = true }
        // Level and number: runs of digits separated by dots.
        var runs: [[Int]] = [[]]
        while index < characters.count {
            let character = characters[index]
            if character == "." {
                guard runs.last?.isEmpty == false else { return nil }
                runs.append([])
            } else if let digit = digitValue(character) {
                if !character.isPlainDigit { repaired = true }
                runs[runs.count - 1].append(digit)
            } else {
                return nil
            }
            index += 1
        }
        if runs.last?.isEmpty == true { runs.removeLast() }
        var numbers: [Int]
        switch runs.count {
        case 0:
            numbers = []
        case 1 where runs[0].count == 2 && levels(firstDigit) == true:
            numbers = runs[0]
            repaired = true
        case 1, 2:
            guard runs.allSatisfy({ $0.count <= 2 }) else { return nil }
            numbers = runs.map { $0.reduce(0) { $0 * 10 + $1 } }
        default:
            return nil
        }
        if numbers.count == 1, let only = numbers.first, only >= 10, levels(firstDigit) == true {
            numbers = [only / 10, only % 10]
        }
        return BookID(module: firstDigit, topic: topic, numbers: numbers, written: String(token), repaired: repaired)
    }

    /// The digit a character stands for: itself, or the digit OCR misreads as it.
    private static func digitValue(_ character: Character) -> Int? {
        switch character {
        case "0"..."9": return character.wholeNumberValue
        case "O", "o": return 0
        case "I", "l", "[", "|", "!": return 1
        default: return nil
        }
    }
}

extension Character {
    /// `0` to `9`, and nothing else that Unicode calls a digit.
    fileprivate var isPlainDigit: Bool { isASCII && isNumber }
}
