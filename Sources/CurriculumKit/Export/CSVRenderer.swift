/// `plan --format csv`: one row per item, for spreadsheets (RFC 4180).
///
/// Lines end in CRLF; a field holding a comma, a double quote, CR or LF is put in double quotes,
/// with each double quote doubled. The header names the columns; times are `HH:MM`, durations
/// whole minutes.
public enum CSVRenderer {
    public static let header = [
        "day", "date", "start", "end", "latest_start", "latest_end", "kind", "id", "title", "minutes_min",
        "minutes_max", "fixed", "inserted",
    ]

    public static func render(_ schedule: Schedule) -> String {
        var out = row(header)
        for day in schedule.days {
            for item in day.items {
                out += row([
                    "\(day.number)", day.date?.description ?? "", item.start.description, item.end.description,
                    item.latestStart.description, item.latestEnd.description, item.kind.rawValue,
                    item.id?.description ?? "", item.title,
                    "\(item.duration.minimum)", "\(item.duration.maximum)", item.fixedStart?.description ?? "",
                    item.isInserted ? "yes" : "no",
                ])
            }
        }
        return out
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when RFC 4180 requires it.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
