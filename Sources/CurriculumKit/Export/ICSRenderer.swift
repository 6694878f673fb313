/// `plan --format ics`: the plan as an iCalendar file (RFC 5545), one event per exercise, free
/// item and lunch; short breaks are no events (they are the gaps between them: a calendar of 18
/// quarter-hour break events helps nobody). With `perDay` (`--ics-per-day`), one event per day
/// whose description is the day's agenda.
///
/// Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 sequence); text values
/// escape backslashes, semicolons, commas and line breaks, and carry no other control characters.
/// Every event has a stable UID (the same plan gives the same UIDs, so a re-import updates rather
/// than duplicates; an exercise keeps its UID when it moves to another day or time), the DTSTAMP
/// the caller passes in (the library never reads the clock), and local times with a TZID whose
/// VTIMEZONE the calendar carries. Events use the latest timeline, so that a calendar never shows
/// an item ending before it may. An exercise's event describes its goals.
public struct ICSRenderer: Sendable {
    /// A moment in UTC, for DTSTAMP.
    public struct Timestamp: Hashable, Sendable {
        public var secondsSinceEpoch: Int
        public init(secondsSinceEpoch: Int) { self.secondsSinceEpoch = secondsSinceEpoch }

        /// `20261123T194653Z`.
        public var utcText: String {
            let days = secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86400 : (secondsSinceEpoch - 86399) / 86400
            let rest = secondsSinceEpoch - days * 86400
            let date = CalendarDate(daysSinceEpoch: days)
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return date.compact + "T" + two(rest / 3600) + two(rest % 3600 / 60) + two(rest % 60) + "Z"
        }
    }

    public static let defaultTimeZone = "Europe/Amsterdam"

    /// The zones whose VTIMEZONE the renderer carries (EU rules: the last Sunday of March and
    /// of October, at 01:00 UTC).
    public static let supportedTimeZones: [String] =
        centralEuropean + ["Europe/London", "Europe/Lisbon", "Europe/Helsinki", "Europe/Athens", "UTC"]

    static let centralEuropean = [
        "Europe/Amsterdam", "Europe/Brussels", "Europe/Berlin", "Europe/Paris", "Europe/Luxembourg", "Europe/Madrid",
        "Europe/Rome",
        "Europe/Vienna", "Europe/Zurich", "Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo", "Europe/Warsaw",
        "Europe/Prague",
        "Europe/Budapest",
    ]

    public var timeZone: String
    public var timestamp: Timestamp
    /// One event per day instead of one per item.
    public var perDay: Bool

    public init(timeZone: String = ICSRenderer.defaultTimeZone, timestamp: Timestamp, perDay: Bool = false) {
        self.timeZone = Self.supportedTimeZones.contains(timeZone) ? timeZone : Self.defaultTimeZone
        self.timestamp = timestamp
        self.perDay = perDay
    }

    public func render(_ schedule: Schedule) -> String {
        let labels = Labels(schedule.metadata.language)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//curriculum//plan//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ]
        if !schedule.title.isEmpty { lines.append("X-WR-CALNAME:" + Self.escape(schedule.title)) }
        if timeZone != "UTC" { lines += vtimezone() }
        let planKey = Self.hash(
            schedule.title + "|" + schedule.curriculumTitle + "|"
                + schedule.dates.map(\.description).joined(separator: ","))
        // A free item is keyed by its title and how often that title came before in the plan,
        // not by its day or position, so that it too keeps its UID when the days change.
        var seen: [String: Int] = [:]
        for day in schedule.days {
            guard let date = day.date else { continue }
            if perDay {
                lines += dayEvent(day, date: date, planKey: planKey, schedule: schedule, labels: labels)
                continue
            }
            for item in day.items where item.kind != .pause {
                let itemKey: String
                switch item.kind {
                case .exercise: itemKey = item.id?.description ?? "exercise-" + Self.hash(item.title)
                case .lunch: itemKey = "lunch-\(date.compact)"
                default:
                    let key = Self.hash(item.title)
                    seen[key, default: 0] += 1
                    itemKey = "item-\(key)-\(seen[key, default: 1])"
                }
                lines.append("BEGIN:VEVENT")
                lines.append("UID:\(planKey)-\(itemKey)@curriculum-plan")
                lines.append("DTSTAMP:" + timestamp.utcText)
                lines.append(dateTime("DTSTART", date, item.latestStart))
                lines.append(dateTime("DTEND", date, item.latestEnd))
                let summary = item.id.map { "\($0) \(item.title)" } ?? item.title
                lines.append("SUMMARY:" + Self.escape(summary))
                var description: [String] = []
                if let exercise = item.exercise {
                    description.append("\(exercise.id) · \(item.duration)")
                    if !exercise.goals.isEmpty {
                        description.append(labels.goals + ":")
                        description += exercise.goals.map { "- " + $0.text }
                    }
                } else {
                    description.append("\(item.duration)")
                }
                if item.hasRange {
                    description.append(labels.earliestAndLatest(item))
                }
                lines.append("DESCRIPTION:" + Self.escape(description.joined(separator: "\n")))
                if let place = schedule.place { lines.append("LOCATION:" + Self.escape(place)) }
                lines.append("CATEGORIES:" + labels.kind(item.kind).uppercased())
                lines.append("TRANSP:" + (item.isBreak ? "TRANSPARENT" : "OPAQUE"))
                lines.append("END:VEVENT")
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined()
    }

    /// One event for a whole day, from its first item to its latest end; the description is the
    /// agenda, breaks included. Keyed by date: a day is where it is.
    func dayEvent(_ day: ScheduledDay, date: CalendarDate, planKey: String, schedule: Schedule, labels: Labels)
        -> [String]
    {
        let start = day.items.first?.latestStart ?? day.frame.start
        let agenda = day.items.map { item in
            "\(item.latestStart)-\(item.latestEnd) " + (item.id.map { "\($0) \(item.title)" } ?? item.title)
        }
        let summary = labels.day(day.number) + (schedule.title.isEmpty ? "" : ": " + schedule.title)
        var lines = [
            "BEGIN:VEVENT", "UID:\(planKey)-day-\(date.compact)@curriculum-plan", "DTSTAMP:" + timestamp.utcText,
            dateTime("DTSTART", date, start), dateTime("DTEND", date, max(start, day.latestEnd)),
            "SUMMARY:" + Self.escape(summary), "DESCRIPTION:" + Self.escape(agenda.joined(separator: "\n")),
        ]
        if let place = schedule.place { lines.append("LOCATION:" + Self.escape(place)) }
        lines += ["TRANSP:OPAQUE", "END:VEVENT"]
        return lines
    }

    /// `DTSTART;TZID=Europe/Amsterdam:20270309T090000`; times past midnight move to the next day.
    func dateTime(_ name: String, _ date: CalendarDate, _ time: ClockTime) -> String {
        let minutes = time.minutesSinceMidnight
        let day = date.adding(days: minutes / 1440)
        let rest = minutes % 1440
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let local = day.compact + "T" + two(rest / 60) + two(rest % 60) + "00"
        if timeZone == "UTC" { return "\(name):\(local)Z" }
        return "\(name);TZID=\(timeZone):\(local)"
    }

    func vtimezone() -> [String] {
        let (standardOffset, daylightOffset, standardName, daylightName): (String, String, String, String)
        switch timeZone {
        case "Europe/London":
            (standardOffset, daylightOffset, standardName, daylightName) = ("+0000", "+0100", "GMT", "BST")
        case "Europe/Lisbon":
            (standardOffset, daylightOffset, standardName, daylightName) = ("+0000", "+0100", "WET", "WEST")
        case "Europe/Helsinki", "Europe/Athens":
            (standardOffset, daylightOffset, standardName, daylightName) = ("+0200", "+0300", "EET", "EEST")
        default: (standardOffset, daylightOffset, standardName, daylightName) = ("+0100", "+0200", "CET", "CEST")
        }
        // The change happens at 01:00 UTC: local standard time 01:00 + offset.
        let hours = Int(standardOffset.dropFirst().prefix(2)) ?? 1
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return [
            "BEGIN:VTIMEZONE", "TZID:\(timeZone)",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:\(standardOffset)", "TZOFFSETTO:\(daylightOffset)",
            "TZNAME:\(daylightName)",
            "DTSTART:19810329T\(two(1 + hours))0000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:\(daylightOffset)", "TZOFFSETTO:\(standardOffset)",
            "TZNAME:\(standardName)",
            "DTSTART:19961027T\(two(2 + hours))0000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE",
        ]
    }

    /// RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped. TEXT may hold
    /// no control characters (§3.3.11, CONTROL), and a calendar that carries them is refused by
    /// strict readers: a tab becomes a space, and every other control character (C0, DEL, C1) is
    /// dropped, so that curriculum text with a stray VT or FF still gives a valid calendar.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\t": out += " "
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// RFC 5545 §3.1: lines of at most 75 octets, continued after CRLF and one space; a UTF-8
    /// sequence is never split.
    public static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line + "\r\n" }
        var out: [UInt8] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(bytes.count, start + limit)
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { out.append(0x20) }
            out += bytes[start..<end]
            out += [0x0D, 0x0A]
            start = end
            limit = 74  // the leading space counts
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// FNV-1a, as 8 hex digits: short stable keys for UIDs.
    static func hash(_ text: String) -> String {
        var h: UInt32 = 2_166_136_261
        for byte in text.utf8 { h = (h ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
