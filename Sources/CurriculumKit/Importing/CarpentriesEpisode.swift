/// One episode of a Carpentries Workbench lesson, as its file describes it.
public struct CarpentriesEpisode: Equatable, Sendable {
    /// The minutes an episode without timings counts, as the Workbench counts it.
    public static let defaultMinutes = 5

    /// The file's path inside the lesson (`episodes/01-basics.md`).
    public var file: String
    /// The front matter's `title`.
    public var title: String
    /// The front matter's `teaching`, in minutes; `nil` when not given.
    public var teaching: Int?
    /// The front matter's `exercises`, in minutes; `nil` when not given.
    public var exercises: Int?
    /// The items of the `objectives` fenced div, one line each: the exercise's learning goals.
    public var objectives: [String] = []
    /// The items of the `questions` fenced div.
    public var questions: [String] = []
    /// The items of the `keypoints` fenced div.
    public var keypoints: [String] = []

    /// An episode with its front matter's fields; the divs' items are added after.

    public init(file: String, title: String, teaching: Int? = nil, exercises: Int? = nil) {
        self.file = file
        self.title = title
        self.teaching = teaching
        self.exercises = exercises
    }

    /// Whether the front matter gives neither time: the episode then counts `defaultMinutes`.
    public var hasNoTimings: Bool { teaching == nil && exercises == nil }

    /// The minutes of teaching as the schedule counts them: the default for an episode without
    /// timings, 0 for a time that is missing beside the other.
    public var teachingMinutes: Int { hasNoTimings ? Self.defaultMinutes : teaching ?? 0 }
    /// The minutes of exercises as the schedule counts them: 0 when not given.
    public var exerciseMinutes: Int { exercises ?? 0 }
    /// Teaching plus exercises: the episode's length in the Workbench's schedule.
    public var minutes: Int { teachingMinutes + exerciseMinutes }
}
