import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the command writes, and what it knows of its surroundings: the only place the command
/// line touches the process's streams, environment and working directory.
final class Console {
    private var outBuffer: [UInt8] = []
    /// Why standard output could not be written (`No space left on device`), from the first write
    /// that failed; what followed was dropped. `main` reports it and exits 2: output that did not
    /// arrive is never a success.
    private(set) var outputFailure: Int32?
    let environment: [String: String]
    let currentDirectory: String
    /// The language to speak to the user in: the locale's until `--lang` says otherwise
    /// (`InterfaceLanguage`).
    var language: Language
    /// The language the user asked for with `--lang`, if they did: the CI formats that people
    /// read (GitHub annotations) follow only this, never the locale.
    var explicitLanguage: Language?

    init(environment: [String: String] = Console.processEnvironment()) {
        self.environment = environment
        self.currentDirectory = FileManager.default.currentDirectoryPath
        self.language = Language.ofUser(environment: environment)
        outBuffer.reserveCapacity(1 << 16)
    }

    /// The process's environment, read from `environ`: `ProcessInfo.processInfo.environment` took
    /// 400,000 instructions of every command's start, this half of that. As `getenv` reads it,
    /// the first of two entries with one name wins; an entry without `=` is skipped.
    static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(text[..<equals])
                if result[name] == nil { result[name] = String(text[text.utf8.index(after: equals)...]) }
            }
            entry += 1
        }
        return result
    }

    /// Writes to standard output (buffered; flushed at exit and when large).
    func out(_ text: String) {
        outBuffer.append(contentsOf: text.utf8)
        if outBuffer.count > 1 << 16 { flush() }
    }

    /// Writes to standard error, unbuffered, after flushing standard output so the two interleave
    /// in order on a terminal.
    func err(_ text: String) {
        flush()
        send(Array(text.utf8), to: 2)
    }

    func flush() {
        guard !outBuffer.isEmpty else { return }
        if outputFailure == nil, let failure = send(outBuffer, to: 1) { outputFailure = failure }
        outBuffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte, retrying after an interruption or a partial write; returns the error
    /// number of a write that failed.
    @discardableResult
    private func send(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = systemWrite(descriptor, Array(rest))
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            rest = rest.dropFirst(written)
        }
        return nil
    }

    /// Flushes standard output and reports a write to it that failed, with why: the exit status
    /// to use instead of `status` (2 when the output did not arrive). A closed pipe (`| head`)
    /// is reported by its status alone, as other tools do.
    func finish(_ status: Int32) -> Int32 {
        flush()
        guard let failure = outputFailure else { return status }
        if failure != EPIPE {
            report([.outputNotWritten(reason: String(cString: strerror(failure)))])
        }
        return ExitStatus.usage
    }

    /// Prints findings to standard error in the user's language, causes before consequences
    /// (`HumanRenderer.ordered`: errors, warnings, notes, each in reading order), quoting their
    /// source lines.
    func report(_ diagnostics: [Diagnostic], sources: [String: SourceText] = [:], color: String? = nil) {
        let renderer = HumanRenderer(useColor: useColor(onDescriptor: 2, when: color), language: language)
        for diagnostic in HumanRenderer.ordered(diagnostics) { err(renderer.render(diagnostic) { sources[$0] }) }
    }

    /// Whether to colour what goes to a stream: only on a terminal, never with `NO_COLOR` set
    /// (https://no-color.org) or `TERM=dumb`; `--color always|never` overrides.
    func useColor(onDescriptor descriptor: Int32, when setting: String? = nil) -> Bool {
        switch setting {
        case "always": return true
        case "never": return false
        default:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isatty(descriptor) == 1
        }
    }

    /// A path as the user should see it: relative to the working directory when it is inside it.
    func displayPath(_ path: String) -> String {
        let prefix = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        if path.hasPrefix("./") { return String(path.dropFirst(2)) }
        return path
    }
}

/// The system's `write`, under a name the console's own methods do not hide; the array is passed
/// as the buffer.
private func systemWrite(_ descriptor: Int32, _ bytes: [UInt8]) -> Int {
    write(descriptor, bytes, bytes.count)
}

extension Console {
    /// The DTSTAMP of ICS events: now, or `SOURCE_DATE_EPOCH` when set (reproducible output).
    var timestamp: ICSRenderer.Timestamp {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? Int(Date().timeIntervalSince1970)
        return ICSRenderer.Timestamp(secondsSinceEpoch: seconds)
    }

    /// Today's date where the user is (the local time zone, as `date` shows it), for the checks
    /// that compare a plan's dates with today (CUR722): a course given this morning in Utrecht is
    /// not "in the future" because UTC is still on yesterday.
    var today: CalendarDate {
        var now = time(nil)
        var local = tm()
        guard localtime_r(&now, &local) != nil,
            let date = CalendarDate(
                year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
        else {
            let seconds = Int(now)
            return CalendarDate(daysSinceEpoch: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        }
        return date
    }
}

extension Diagnostic {
    fileprivate static func outputNotWritten(reason: String) -> Diagnostic {
        Diagnostic(
            .unwritableOutput, en: "cannot write the output: \(reason)",
            nl: "de uitvoer kan niet geschreven worden: \(reason)", at: nil,
            hint: FixHint(
                en: "the output is incomplete; free some space or write to another file",
                nl: "de uitvoer is onvolledig; maak ruimte vrij of schrijf naar een ander bestand"))
    }
}
