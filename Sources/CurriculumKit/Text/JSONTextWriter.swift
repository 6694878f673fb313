/// JSON written the way `JSONText.encode` writes it (pretty-printed with two-space indents, ` : `
/// after a key, an empty container as `[`, a blank line and `]`, slashes and non-ASCII text left as
/// they are), but straight into bytes as the caller walks its values, without `JSONEncoder`'s
/// intermediate tree and its generic machinery.
///
/// `check --format json` writes its report this way, after every curriculum is checked, on one
/// core: for 100 curricula the encoder took 8.0 M instructions, the writer takes 2.0 M
/// (docs/performance.md). The caller writes each object's keys in sorted order, as `JSONText` sorts
/// them; `JSONTextWriterTests` holds the bytes to `JSONEncoder`'s.
struct JSONTextWriter {
    /// The JSON written so far.
    private(set) var bytes: [UInt8] = []
    /// The containers open, innermost last: the byte that closes each, and whether it has a member.
    private var open: [(closer: UInt8, hasMember: Bool)] = []
    /// Whether the next value follows a key on the same line.
    private var afterKey = false

    init() {}

    /// The document as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func beginObject() {
        startValue()
        bytes.append(UInt8(ascii: "{"))
        open.append((UInt8(ascii: "}"), false))
    }

    mutating func beginArray() {
        startValue()
        bytes.append(UInt8(ascii: "["))
        open.append((UInt8(ascii: "]"), false))
    }

    /// Closes the innermost object or array.
    mutating func end() {
        guard let container = open.popLast() else { return }
        bytes.append(UInt8(ascii: "\n"))
        if !container.hasMember { bytes.append(UInt8(ascii: "\n")) }
        indent()
        bytes.append(container.closer)
    }

    /// Starts an object member; its value comes next.
    mutating func key(_ name: String) {
        startMember()
        writeString(name)
        bytes.append(contentsOf: " : ".utf8)
        afterKey = true
    }

    mutating func value(_ text: String) {
        startValue()
        writeString(text)
    }

    mutating func value(_ number: Int) {
        startValue()
        bytes.append(contentsOf: String(number).utf8)
    }

    /// A member whose value is text, left out when there is none (as `JSONEncoder` leaves out a nil
    /// optional).
    mutating func member(_ name: String, _ text: String?) {
        guard let text else { return }
        key(name)
        value(text)
    }

    /// A member whose value is a number, left out when there is none.
    mutating func member(_ name: String, _ number: Int?) {
        guard let number else { return }
        key(name)
        value(number)
    }

    /// The line break and indent before a value, unless it follows its key.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if !open.isEmpty {
            startMember()
        }
    }

    private mutating func startMember() {
        if let last = open.indices.last {
            if open[last].hasMember { bytes.append(UInt8(ascii: ",")) }
            open[last].hasMember = true
        }
        bytes.append(UInt8(ascii: "\n"))
        indent()
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * open.count))
    }

    /// A string in quotes: `"` and `\` escaped, the control characters as `\b \t \n \f \r` or
    /// `\u00XX` (lower-case hex), everything else as its UTF-8 bytes, copied a run at a time.
    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        text.withByteView { utf8 in
            var runStart = 0
            for i in 0..<utf8.count {
                let byte = utf8[i]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                utf8.append(runStart..<i, to: &bytes)
                runStart = i + 1
                switch byte {
                case 0x22: bytes.append(contentsOf: #"\""#.utf8)
                case 0x5C: bytes.append(contentsOf: #"\\"#.utf8)
                case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
                case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
                case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
                case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
                case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: #"\u00"#.utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                }
            }
            utf8.append(runStart..<utf8.count, to: &bytes)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
