/// What `plan` is asked to do: lay out a plan file, or build a plan from a selection or a fill, and
/// render it; optionally save it as a plan file.
public struct PlanRequest: Sendable {
    /// Where the plan comes from.
    public enum Source: Sendable, Equatable {
        /// A plan file (`*.plan.md`), which names its own curriculum.
        case planFile(String)
        /// Exercise IDs, topics or modules, in curriculum order, split over days.
        case selection([String])
        /// The exercises covering the most of these topics or goals within the day.
        case fill(FillPlanner.Request, [String])
    }

    /// How the laid-out plan is written.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, ics, csv
    }

    /// Where a plan file is saved (`--write`).
    public struct PlanFileTarget: Sendable {
        /// The plan file's path as the user sees it.
        public var path: String
        public var overwrite: Overwrite
        /// The working directory, to write the curriculum's folder relative to the plan file.
        public var workingDirectory: String

        public init(path: String, overwrite: Overwrite, workingDirectory: String) {
            self.path = path
            self.overwrite = overwrite
            self.workingDirectory = workingDirectory
        }
    }

    public var source: Source
    /// The curriculum to build from (not used with a plan file).
    public var curriculumPath: String = CurriculumLookup.defaultPath
    /// Only exercises of this level (selection and fill).
    public var level: Int?
    /// At most this many days (selection).
    public var maximumDays: Int?
    /// Split a selection so that the longest day is as short as it can be (`--balance`), instead
    /// of filling each day before the next.
    public var balance = false
    /// Title, dates, place, participants and trainers of a plan built without a file; an empty
    /// title is made from the selection.
    public var metadata = PlanMetadata()
    /// Timing given by the caller, which wins over the plan file's and the manifest's.
    public var settings = PlanSettings()
    public var autoBreaks = false
    public var format = Format.text
    /// The language of what the output says about the curriculum (`--lang`); `nil`: the
    /// curriculum's own.
    public var language: Language?
    /// The time zone and stamp of ICS events; the caller gives the clock, the library never reads it.
    public var timeZone = ICSRenderer.defaultTimeZone
    public var timestamp = ICSRenderer.Timestamp(secondsSinceEpoch: 0)
    /// ICS: one event per day instead of one per exercise and lunch (`--ics-per-day`).
    public var icsPerDay = false
    public var planFile: PlanFileTarget?
    /// Delivered plan files (or folders of them) whose actual times replace the curriculum's
    /// durations (`--calibrate`); empty: the curriculum's durations.
    public var calibration: [String] = []
    /// The command as typed (`curriculum plan`), for hints.
    public var commandLine = "curriculum plan"

    public init(source: Source) {
        self.source = source
    }
}
