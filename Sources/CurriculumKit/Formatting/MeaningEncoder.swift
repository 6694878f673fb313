/// Writes a parsed model as the compact text `MeaningFingerprint` compares, in one pass through the
/// model's own `Encodable` conformance, leaving out what formatting may change:
///
/// * source locations (`SourceLocation` values): left out of an object, `null` in an array;
/// * `label` in an object under `fields`, `text` under `duration`, `written` under `annexes` or
///   `entries` (the key a value sits under is passed through arrays, as in JSON).
///
/// The text reads like JSON written by an encoder that keeps the declaration order of keys: `{key:
/// value,…}`, `[value,…]`, strings quoted with `"` and `\` escaped, a `,` after every member. It is
/// made without an intermediate tree, `Data` or a second pass: `JSONEncoder` plus a stripping pass
/// cost about twenty times a `check` in `fmt --check` (docs/performance.md).
///
/// Containers are closed when the value that opened them is done, or when an outer container writes
/// again; every `Encodable` in the model (synthesised or hand-written) fills its containers in that
/// nested order. Key order is the order of encoding; a `[Int: String]` (a manifest's level names)
/// is written with its keys sorted. Any other `Dictionary` or `Set` would list equal contents in
/// the order it iterates them: that reads as a difference and makes `fmt` refuse the file (CUR802),
/// never as a false equality. (A plan's `[String: SourceLocation]` holds only locations, which are
/// left out whatever their order.)
struct MeaningEncoder {
    /// The fingerprint text of `value`.
    static func encode<Value: Encodable>(_ value: Value) -> [UInt8] {
        let writer = Writer()
        writer.bytes.reserveCapacity(4096)
        writer.write(value, under: nil)
        return writer.bytes
    }

    /// The output and the closing brackets of the containers still open, innermost last.
    ///
    /// Both are `@exclusivity(unchecked)`: every container appends through this one object, and
    /// the run-time access checks on its properties were 470 M of the first version's 1,189 M
    /// instructions (docs/performance.md). Safe here: the writer lives for one `encode` call on one
    /// thread, and no access to either property is held across another.
    final class Writer {
        @exclusivity(unchecked) var bytes: [UInt8] = []
        @exclusivity(unchecked) var closers: [UInt8] = []

        /// Closes the containers opened deeper than `depth`.
        @inline(__always)
        func close(to depth: Int) {
            while closers.count > depth {
                bytes.append(closers.removeLast())
            }
        }

        func open(_ bracket: UInt8, closer: UInt8) -> Int {
            bytes.append(bracket)
            closers.append(closer)
            return closers.count
        }

        func writeKey(_ key: String) {
            bytes.append(contentsOf: key.utf8)
            bytes.append(UInt8(ascii: ":"))
        }

        /// A string as its length in bytes and its bytes in quotes (`5"hallo"`): no escapes to look
        /// for, and the length keeps any `"` inside from ending it early.
        func writeString(_ string: String) {
            writeText(String(string.utf8.count))
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: string.utf8)
            bytes.append(UInt8(ascii: "\""))
        }

        /// A number or a Boolean as written in Swift.
        func writeText(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        /// One value under `key` (the nearest object key above it), closed when done. The type is
        /// compared, not cast: a dynamic cast per value cost more than the writing.
        func write<Value: Encodable>(_ value: Value, under key: String?) {
            if Value.self == SourceLocation.self {
                bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])  // null
                return
            }
            if Value.self == String.self, let string = value as? String {
                writeString(string)
                return
            }
            // A dictionary lists its pairs in an order that depends on its history; the model's one
            // dictionary of values (a manifest's level names) is written with its keys sorted.
            if Value.self == [Int: String].self, let dictionary = value as? [Int: String] {
                bytes.append(UInt8(ascii: "{"))
                for (key, name) in dictionary.sorted(by: { $0.key < $1.key }) {
                    writeKey(String(key))
                    writeString(name)
                    bytes.append(UInt8(ascii: ","))
                }
                bytes.append(UInt8(ascii: "}"))
                return
            }
            let depth = closers.count
            // The model's types never throw while encoding; a throw would leave the value short,
            // which reads as a difference (a refusal), never as an equality.
            try? value.encode(to: ValueEncoder(writer: self, key: key))
            close(to: depth)
        }
    }

    /// The encoder handed to one value's `encode(to:)`.
    struct ValueEncoder: Encoder {
        let writer: Writer
        let key: String?
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let depth = writer.open(UInt8(ascii: "{"), closer: UInt8(ascii: "}"))
            return KeyedEncodingContainer(Keyed(writer: writer, parent: key, depth: depth))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let depth = writer.open(UInt8(ascii: "["), closer: UInt8(ascii: "]"))
            return Unkeyed(writer: writer, key: key, depth: depth)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(writer: writer, key: key, depth: writer.closers.count)
        }
    }

    /// An object: each member written as `key:value,`, the dropped ones and locations left out.
    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let writer: Writer
        let parent: String?
        let depth: Int
        var codingPath: [any CodingKey] { [] }

        /// The parts formatting may change, by the key they sit under.
        static func dropped(_ member: String, in parent: String?) -> Bool {
            switch parent {
            case "fields": member == "label"
            case "duration": member == "text"
            case "annexes", "entries": member == "written"
            default: false
            }
        }

        /// Writes `key:` unless the member is dropped; `false` when it is.
        func begin(_ key: Key) -> Bool {
            writer.close(to: depth)
            let name = key.stringValue
            if parent != nil, Self.dropped(name, in: parent) { return false }
            writer.writeKey(name)
            return true
        }

        func end() { writer.bytes.append(UInt8(ascii: ",")) }

        mutating func encodeNil(forKey key: Key) throws {
            guard begin(key) else { return }
            writer.writeText("null")
            end()
        }

        mutating func encode(_ value: Bool, forKey key: Key) throws { text(value ? "true" : "false", forKey: key) }
        mutating func encode(_ value: String, forKey key: Key) throws {
            guard begin(key) else { return }
            writer.writeString(value)
            end()
        }
        mutating func encode(_ value: Double, forKey key: Key) throws { text(value.description, forKey: key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { text(value.description, forKey: key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { text(String(value), forKey: key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { text(String(value), forKey: key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { text(String(value), forKey: key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { text(String(value), forKey: key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { text(String(value), forKey: key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { text(String(value), forKey: key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { text(String(value), forKey: key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { text(String(value), forKey: key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { text(String(value), forKey: key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { text(String(value), forKey: key) }

        func text(_ text: String, forKey key: Key) {
            guard begin(key) else { return }
            writer.writeText(text)
            end()
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try encodeValue(value, forKey: key)
        }

        func encodeValue<T: Encodable>(_ value: T, forKey key: Key) throws {
            // A location is left out with its key; an absent optional one stays `null`, as in JSON.
            if T.self == SourceLocation.self || (T.self == SourceLocation?.self && (value as? SourceLocation) != nil) {
                writer.close(to: depth)
                return
            }
            guard begin(key) else { return }
            writer.write(value, under: key.stringValue)
            end()
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            writer.close(to: depth)
            writer.writeKey(key.stringValue)
            let nested = writer.open(UInt8(ascii: "{"), closer: UInt8(ascii: "}"))
            return KeyedEncodingContainer(Keyed<NestedKey>(writer: writer, parent: key.stringValue, depth: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            writer.close(to: depth)
            writer.writeKey(key.stringValue)
            let nested = writer.open(UInt8(ascii: "["), closer: UInt8(ascii: "]"))
            return Unkeyed(writer: writer, key: key.stringValue, depth: nested)
        }

        mutating func superEncoder() -> any Encoder {
            writer.close(to: depth)
            writer.writeKey("super")
            return ValueEncoder(writer: writer, key: "super")
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            writer.close(to: depth)
            writer.writeKey(key.stringValue)
            return ValueEncoder(writer: writer, key: key.stringValue)
        }
    }

    /// An array: each element written as `value,`.
    struct Unkeyed: UnkeyedEncodingContainer {
        let writer: Writer
        let key: String?
        let depth: Int
        var count = 0
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws {
            writer.close(to: depth)
            writer.writeText("null,")
            count += 1
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            writer.close(to: depth)
            writer.write(value, under: key)
            writer.bytes.append(UInt8(ascii: ","))
            count += 1
        }
        mutating func encode(_ value: Bool) throws { text(value ? "true" : "false") }
        mutating func encode(_ value: String) throws {
            writer.close(to: depth)
            writer.writeString(value)
            writer.bytes.append(UInt8(ascii: ","))
            count += 1
        }
        mutating func encode(_ value: Double) throws { text(value.description) }
        mutating func encode(_ value: Float) throws { text(value.description) }
        mutating func encode(_ value: Int) throws { text(String(value)) }
        mutating func encode(_ value: Int8) throws { text(String(value)) }
        mutating func encode(_ value: Int16) throws { text(String(value)) }
        mutating func encode(_ value: Int32) throws { text(String(value)) }
        mutating func encode(_ value: Int64) throws { text(String(value)) }
        mutating func encode(_ value: UInt) throws { text(String(value)) }
        mutating func encode(_ value: UInt8) throws { text(String(value)) }
        mutating func encode(_ value: UInt16) throws { text(String(value)) }
        mutating func encode(_ value: UInt32) throws { text(String(value)) }
        mutating func encode(_ value: UInt64) throws { text(String(value)) }

        mutating func text(_ text: String) {
            writer.close(to: depth)
            writer.writeText(text)
            writer.bytes.append(UInt8(ascii: ","))
            count += 1
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            writer.close(to: depth)
            count += 1
            let nested = writer.open(UInt8(ascii: "{"), closer: UInt8(ascii: "}"))
            return KeyedEncodingContainer(Keyed<NestedKey>(writer: writer, parent: key, depth: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            writer.close(to: depth)
            count += 1
            let nested = writer.open(UInt8(ascii: "["), closer: UInt8(ascii: "]"))
            return Unkeyed(writer: writer, key: key, depth: nested)
        }

        mutating func superEncoder() -> any Encoder {
            writer.close(to: depth)
            count += 1
            return ValueEncoder(writer: writer, key: key)
        }
    }

    /// A single value, written in place.
    struct Single: SingleValueEncodingContainer {
        let writer: Writer
        let key: String?
        let depth: Int
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws {
            writer.close(to: depth)
            writer.writeText("null")
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            writer.close(to: depth)
            writer.write(value, under: key)
        }

        mutating func encode(_ value: Bool) throws {
            writer.close(to: depth)
            writer.writeText(value ? "true" : "false")
        }

        mutating func encode(_ value: String) throws {
            writer.close(to: depth)
            writer.writeString(value)
        }

        mutating func encode(_ value: Double) throws {
            writer.close(to: depth)
            writer.writeText(value.description)
        }

        mutating func encode(_ value: Float) throws {
            writer.close(to: depth)
            writer.writeText(value.description)
        }

        mutating func encode(_ value: Int) throws {
            writer.close(to: depth)
            writer.writeText(String(value))
        }

        mutating func encode(_ value: Int8) throws {
            writer.close(to: depth)
            writer.writeText(String(value))
        }

        mutating func encode(_ value: Int16) throws {
            writer.close(to: depth)
            writer.writeText(String(value))
        }

        mutating func encode(_ value: Int32) throws {
            writer.close(to: depth)
            writer.writeText(String(value))
        }

        mutating func encode(_ value: Int64) throws {
            writer.close(to: depth)
            writer.writeText(String(value))
        }

        mutating func encode(_ value: UInt) throws {
            writer.close(to: depth)
            writer.writeText(String(value))
        }

        mutating func encode(_ value: UInt8) throws {
            writer.close(to: depth)
            writer.writeText(String(value))
        }

        mutating func encode(_ value: UInt16) throws {
            writer.close(to: depth)
            writer.writeText(String(value))
        }

        mutating func encode(_ value: UInt32) throws {
            writer.close(to: depth)
            writer.writeText(String(value))
        }

        mutating func encode(_ value: UInt64) throws {
            writer.close(to: depth)
            writer.writeText(String(value))
        }
    }
}
