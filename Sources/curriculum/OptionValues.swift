import CurriculumKit

/// Reading option values into typed values, with the usage error that names the option when a
/// value cannot be read. Every command reads numbers, times and metadata through these.
extension ParsedArguments {
    /// A whole number of at least `minimum`, or `nil` when the option is not given.
    func number(_ option: OptionSpec, minimum: Int) throws(UsageError) -> Int? {
        guard let text = value(option) else { return nil }
        guard let n = Int(text), n >= minimum else {
            throw usage(
                en: "the value '\(text)' is invalid for '--\(option.long)': give a whole number of at least \(minimum)",
                nl: "de waarde '\(text)' past niet bij '--\(option.long)': geef een heel getal van minstens \(minimum)")
        }
        return n
    }

    /// Minutes written as a duration (`15`, `1 uur`), or `nil` when the option is not given.
    func minutes(_ option: OptionSpec, allowZero: Bool = false) throws(UsageError) -> Int? {
        guard let text = value(option) else { return nil }
        guard case .success(let reading) = DurationParser.parse(text), !reading.value.isRange,
            reading.value.minimum > 0 || allowZero
        else {
            throw usage(
                en: "the value '\(text)' is invalid for '--\(option.long)': give minutes, such as 15 or '1 uur'",
                nl: "de waarde '\(text)' past niet bij '--\(option.long)': geef minuten, zoals 15 of '1 uur'")
        }
        return reading.value.minimum
    }

    /// A clock time (`09:00`), or `nil` when the option is not given.
    func clockTime(_ option: OptionSpec) throws(UsageError) -> ClockTime? {
        guard let text = value(option) else { return nil }
        guard let time = ClockTime(text), time.minutesSinceMidnight <= 24 * 60 else {
            throw usage(
                en: "the value '\(text)' is invalid for '--\(option.long)': write a time such as 09:00",
                nl: "de waarde '\(text)' past niet bij '--\(option.long)': schrijf een tijd, zoals 09:00")
        }
        return time
    }

    /// The timing settings given with `TimingOptions`, read the same for `plan` and `export`.
    func timingSettings() throws(UsageError) -> PlanSettings {
        var settings = PlanSettings()
        let start = try clockTime(TimingOptions.start)
        let end = try clockTime(TimingOptions.end)
        if let start, let end {
            guard end > start else {
                throw usage(
                    en: "the day ends (\(end)) before or when it starts (\(start))",
                    nl: "de dag eindigt (\(end)) voor of op het moment dat hij begint (\(start))")
            }
            settings.dayFrame = DayFrame(start: start, end: end)
        } else if start != nil || end != nil {
            throw usage(en: "give both --start and --end", nl: "geef zowel --start als --end")
        }
        if let text = value(TimingOptions.lunch) {
            guard let window = DayFrame(text), window.minutes > 0 else {
                throw usage(
                    en: "the value '\(text)' is invalid for '--lunch': write a window such as 12:00-13:30",
                    nl: "de waarde '\(text)' past niet bij '--lunch': schrijf begin en eind, zoals 12:00-13:30")
            }
            settings.lunchWindow = window
        }
        settings.maximumStretch = try minutes(TimingOptions.maxStretch)
        settings.breakMinutes = try minutes(TimingOptions.breakMinutes)
        settings.lunchMinutes = try minutes(TimingOptions.lunchMinutes)
        settings.transitionMinutes = try minutes(TimingOptions.transition, allowZero: true)
        return settings
    }

    /// A plan's title, dates, place, participants and trainers, from a command's own options.
    func metadata(_ options: MetadataOptions) throws(UsageError) -> PlanMetadata {
        var metadata = PlanMetadata()
        metadata.title = value(options.title) ?? ""
        metadata.place = value(options.place)
        for text in list(options.date) {
            guard let date = CalendarDate(text) else {
                throw usage(
                    en: "the value '\(text)' is invalid for '--date': write an ISO date such as 2027-03-09",
                    nl: "de waarde '\(text)' past niet bij '--date': schrijf een ISO-datum, zoals 2027-03-09")
            }
            metadata.dates.append(date)
        }
        metadata.participants = try number(options.participants, minimum: 1)
        if let text = value(options.trainers) {
            if let n = Int(text) {
                guard n >= 1 else {
                    throw usage(
                        en: "the value '\(text)' is invalid for '--trainers': give at least 1",
                        nl: "de waarde '\(text)' past niet bij '--trainers': geef minstens 1")
                }
                metadata.trainerCount = n
            } else {
                metadata.trainers = text.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            }
        }
        return metadata
    }
}
