/// The options that time a day, shared by `plan` and `export` so that a handout is timed exactly
/// as `plan` times it: start and end, then the break policy.
enum TimingOptions {
    static let start = OptionSpec(
        long: "start", valueName: "time", help: "When the day starts (09:00); default from the plan or manifest.")
    static let end = OptionSpec(
        long: "end", valueName: "time", help: "When the day ends (16:30); default from the plan or manifest.")
    static let maxStretch = OptionSpec(
        long: "max-stretch", valueName: "minutes",
        help: "The longest stretch of training without a break (default 90, or the manifest's).")
    static let breakMinutes = OptionSpec(
        long: "break-minutes", valueName: "minutes", help: "The length of an inserted break (default 15).")
    static let lunch = OptionSpec(
        long: "lunch", valueName: "window", help: "The window lunch lies in (default 12:00-13:30, or the manifest's).")
    static let lunchMinutes = OptionSpec(
        long: "lunch-minutes", valueName: "minutes", help: "The length of lunch (default 45).")
    static let transition = OptionSpec(
        long: "transition", valueName: "minutes", help: "Minutes between two consecutive exercises (default 0).")

    /// Every timing option, in the order help lists them.
    static let all = [start, end, maxStretch, breakMinutes, lunch, lunchMinutes, transition]
    /// The break policy's options (after start and end).
    static let breakPolicy = Array(all.dropFirst(2))
}
