/// `plan --format csv`: one row per item, for spreadsheets (RFC 4180).
///
/// Lines end in CRLF; a field holding a comma, a double quote, CR or LF is put in double quotes,
/// with each double quote doubled. The header names the columns in the curriculum's language
/// (`dag,datum,begin,…` / `day,date,start,…`), as do the `kind` and `inserted` cells, since the
/// coordinator who opens it reads them; times are `HH:MM`, dates ISO, durations
/// whole minutes. Text cells (`id`, `title`) that a spreadsheet would run as a formula get a
/// leading `'` (see ``text(_:)``); the columns the tool writes itself are never changed.
public enum CSVRenderer {
    public static let header = [
        "day", "date", "start", "end", "latest_start", "latest_end", "kind", "id", "title", "minutes_min",
        "minutes_max", "fixed", "inserted",
    ]

    /// The header in Dutch, column for column.
    public static let dutchHeader = [
        "dag", "datum", "begin", "einde", "laatste_begin", "laatste_einde", "soort", "id", "titel", "minuten_min",
        "minuten_max", "vast", "ingevoegd",
    ]

    public static func render(_ schedule: Schedule) -> String {
        let dutch = schedule.metadata.language == .dutch
        var out = row((dutch ? dutchHeader : header).map(field))
        for day in schedule.days {
            for item in day.items {
                let before = [
                    "\(day.number)", day.date?.description ?? "", item.start.description, item.end.description,
                    item.latestStart.description, item.latestEnd.description,
                    Labels(schedule.metadata.language).kind(item.kind),
                ]
                let after = [
                    "\(item.duration.minimum)", "\(item.duration.maximum)", item.fixedStart?.description ?? "",
                    item.isInserted ? (dutch ? "ja" : "yes") : (dutch ? "nee" : "no"),
                ]
                out += row(
                    before.map(field) + [text(item.id?.description ?? ""), text(item.title)] + after.map(field))
            }
        }
        return out
    }

    /// One row of cells already made into fields (by ``field(_:)`` or ``text(_:)``).
    static func row(_ cells: [String]) -> String {
        cells.joined(separator: ",") + "\r\n"
    }

    /// The characters a spreadsheet takes as the start of a formula (`=`, `+`, `-`, `@`) or that
    /// hide one behind them (tab, CR), after OWASP's advice on CSV injection.
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A text cell taken from curriculum or plan files: a leading `'` is put before a cell that
    /// starts with a formula trigger, so that a title such as `=HYPERLINK(…)` shows as text rather
    /// than running when the file is opened in a spreadsheet; then quoted as ``field(_:)``. Only for
    /// text: numbers and times the tool writes itself (which may start with `-`) go through
    /// ``field(_:)`` unchanged.
    public static func text(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaTriggers.contains(first) else { return field(text) }
        return field("'" + text)
    }

    /// One field, quoted when RFC 4180 requires it.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
