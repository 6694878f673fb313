/// One unit of the text `DurationParser` tokenizes: a `Character` of any text, or a byte of an ASCII
/// text, whose bytes are its characters. The tokenizer is written once, over this protocol, so
/// that the fast reading of the usual ASCII durations and the reading of every other text are the
/// same reading.
protocol DurationTextUnit {
    var isWhitespace: Bool { get }
    var isSpace: Bool { get }
    var isASCIIDigit: Bool { get }
    var isLetter: Bool { get }
    /// `'`, `’` or `′`: minutes.
    var isMinuteSign: Bool { get }
    /// `-`, `–`, `—` or `/`: between the ends of a range.
    var isRangeSign: Bool { get }
    /// `½`.
    var isOneHalf: Bool { get }
    /// `,` or `.` between digits.
    var isDecimalSeparator: Bool { get }
    var isColon: Bool { get }
    var isDot: Bool { get }
    /// `+` or `&`.
    var isPlusSign: Bool { get }
    /// `,` or `;`, passed over.
    var isListSeparator: Bool { get }
    /// The units as text.
    static func string<Units: Collection<Self>>(_ units: Units) -> String
}

extension Character: DurationTextUnit {
    var isSpace: Bool { self == " " }
    var isMinuteSign: Bool { self == "'" || self == "’" || self == "′" }
    var isRangeSign: Bool { self == "-" || self == "–" || self == "—" || self == "/" }
    var isOneHalf: Bool { self == "½" }
    var isDecimalSeparator: Bool { self == "," || self == "." }
    var isColon: Bool { self == ":" }
    var isDot: Bool { self == "." }
    var isPlusSign: Bool { self == "+" || self == "&" }
    var isListSeparator: Bool { self == "," || self == ";" }
    static func string<Units: Collection<Character>>(_ units: Units) -> String { String(units) }
}

/// A byte of a text that is all ASCII and holds no CR (a CR LF is one `Character`): each byte is
/// one `Character`, and the answers are `Character`'s.
extension UInt8: DurationTextUnit {
    var isWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }
    var isSpace: Bool { self == 0x20 }
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isLetter: Bool { (self >= 0x61 && self <= 0x7A) || (self >= 0x41 && self <= 0x5A) }
    var isMinuteSign: Bool { self == 0x27 }
    var isRangeSign: Bool { self == 0x2D || self == 0x2F }
    var isOneHalf: Bool { false }
    var isDecimalSeparator: Bool { self == 0x2C || self == 0x2E }
    var isColon: Bool { self == 0x3A }
    var isDot: Bool { self == 0x2E }
    var isPlusSign: Bool { self == 0x2B || self == 0x26 }
    var isListSeparator: Bool { self == 0x2C || self == 0x3B }
    static func string<Units: Collection<UInt8>>(_ units: Units) -> String { String(decoding: units, as: UTF8.self) }
}
