/// Dates written out in words in the curriculum's language: `dinsdag 9 maart 2027`,
/// `Tuesday 9 March 2027`.
///
/// The month and day names are a small table here rather than Foundation's locale data, which is
/// often missing on Linux servers: a handout printed in CI must read exactly like one printed on a
/// trainer's laptop.
public enum DateWording {
    static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    /// Monday first, as `CalendarDate.weekday` counts (1 = Monday).
    static let dutchWeekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `dinsdag 9 maart 2027` / `Tuesday 9 March 2027`.
    public static func long(_ date: CalendarDate, language: Language) -> String {
        let weekday = max(0, min(6, date.weekday - 1))
        let month = max(0, min(11, date.month - 1))
        switch language {
        case .dutch: return "\(dutchWeekdays[weekday]) \(date.day) \(dutchMonths[month]) \(date.year)"
        case .english: return "\(englishWeekdays[weekday]) \(date.day) \(englishMonths[month]) \(date.year)"
        }
    }

    /// `dinsdag 9 – donderdag 11 maart 2027` is too clever for a cover; two dates are written in
    /// full with an en dash between them.
    public static func range(_ first: CalendarDate, _ last: CalendarDate, language: Language) -> String {
        first == last
            ? long(first, language: language) : "\(long(first, language: language)) – \(long(last, language: language))"
    }
}
