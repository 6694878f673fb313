/// What a trainer does with an annex before the day: print it, show it, open a link, or use a
/// platform. Only `print` annexes are counted in copies on the preparation checklist; the others
/// are listed as things to show or open, so that nobody prints a video or a YouTube link.
public enum AnnexKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A document handed out on paper: the default.
    case print
    /// Shown to the group: slides (PowerPoint, PPT, presentation, sheets) or a video (video,
    /// film, clip, YouTube, Vimeo).
    case show
    /// A web page to open or share.
    case link
    /// A platform or app the group works in (Moodle, Kahoot, Mentimeter, an online tool).
    case digital

    /// The kind an author writes at the end of a catalogue entry, in brackets: `[print]`,
    /// `[show]`, `[link]`, `[digital]`, or in Dutch `[printen]`, `[tonen]`, `[link]`, `[digitaal]`.
    public init?(word: String) {
        switch word.lowercased() {
        case "print", "printen", "afdrukken": self = .print
        case "show", "tonen", "laten zien": self = .show
        case "link": self = .link
        case "digital", "digitaal": self = .digital
        default: return nil
        }
    }

    /// The kind an annex's title and target suggest, for annexes whose author wrote none
    /// (docs/format.md lists the words): slides and videos are shown, platforms are digital,
    /// any other web address is a link (unless it names a document: `…/rules.pdf`), the rest is
    /// printed. A title that names several things
    /// (`PPT, YouTube clip, statistics`) is shown: it needs a screen.
    public static func inferred(title: String?, target: AnnexTarget?) -> AnnexKind {
        let words = Self.words(title ?? "")
        var targetWords: [String] = []
        var isURL = false
        switch target {
        case .url(let url):
            isURL = true
            targetWords = Self.words(url)
        case .path(let path): targetWords = Self.words(path)
        case nil: break
        }
        let all = words + targetWords
        if all.contains(where: showWords.contains) || targetWords.contains(where: showExtensions.contains) {
            return .show
        }
        if all.contains(where: digitalWords.contains) { return .digital }
        // A document at a web address (`…/rules.pdf`) is printed like any other.
        let isDocument = targetWords.last.map(documentExtensions.contains) ?? false
        if (isURL && !isDocument) || words.contains(where: linkWords.contains) { return .link }
        return .print
    }

    static let showWords: Set<String> = [
        "powerpoint", "ppt", "pptx", "presentatie", "presentation", "sheets", "slides", "dia", "dia's", "video",
        "videos", "video's", "film", "filmpje", "clip", "youtube", "youtu", "vimeo",
    ]
    static let showExtensions: Set<String> = ["ppt", "pptx", "key", "odp", "mp4", "mov", "avi", "webm", "m4v"]
    static let documentExtensions: Set<String> = [
        "pdf", "doc", "docx", "odt", "rtf", "txt", "xls", "xlsx", "ods", "png", "jpg", "jpeg",
    ]
    static let digitalWords: Set<String> = [
        "moodle", "platform", "kahoot", "mentimeter", "padlet", "app", "online", "e-learning", "elearning",
    ]
    static let linkWords: Set<String> = ["website", "webpagina", "webpage", "link", "url"]

    /// Lower-cased words of letters, digits, apostrophes and hyphens.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }.map(String.init)
    }
}
