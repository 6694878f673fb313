/// Which exercises a command works on: exercise IDs, topics and modules, optionally narrowed to
/// one level, always in curriculum order.
///
/// `--select 1.A,1.B --level 1` selects the level-1 exercises of topics 1.A and 1.B;
/// `--select 1` all of module 1; `--select 1.A.1.1,2.B` one exercise and one topic.
public struct Selection: Hashable, Sendable {
    public enum Term: Hashable, Sendable, CustomStringConvertible {
        case exercise(ExerciseID)
        case topic(TopicID)
        case module(Int)

        public var description: String {
            switch self {
            case .exercise(let id): return id.description
            case .topic(let id): return id.description
            case .module(let n): return "\(n)"
            }
        }
    }

    /// Why a selection cannot be made.
    public enum Failure: Error, Equatable, Sendable {
        /// A term that is not an ID, topic or module number.
        case unreadable(String)
        /// A term that names nothing in the curriculum, with the nearest name that does.
        case unknown(String, suggestion: String?)
        /// The selection is valid but holds no exercise (for example at a level it lacks).
        case empty
    }

    public var terms: [Term]
    public var level: Int?

    public init(terms: [Term], level: Int? = nil) {
        self.terms = terms
        self.level = level
    }

    /// Reads `1.A.1.1`, `1.A`, `1`, `module 1`, `M1`.
    public static func term(_ text: String) -> Term? {
        let trimmed = text.trimmingWhitespace()
        if let id = ExerciseID(trimmed) { return .exercise(id) }
        if let topic = TopicID(trimmed) { return .topic(topic) }
        var number = trimmed.lowercased()
        for prefix in ["module ", "module", "m"] where number.hasPrefix(prefix) {
            number = String(number.dropFirst(prefix.count))
            break
        }
        if !number.isEmpty, number.allSatisfy(\.isASCIIDigit), let n = Int(number) { return .module(n) }
        return nil
    }

    /// Parses a list of words (already split at commas).
    public static func parse(_ words: [String], level: Int?) -> Result<Selection, Failure> {
        var terms: [Term] = []
        for word in words {
            guard let term = term(word) else { return .failure(.unreadable(word)) }
            terms.append(term)
        }
        return .success(Selection(terms: terms, level: level))
    }

    /// The exercises selected, in curriculum order, each once. An empty selection of terms
    /// selects the whole curriculum (at the level, if one is given).
    /// An exercise ID the curriculum records as a former ID (`Eerder:`) selects the exercise that
    /// carries it now, as `show` and plans resolve it.
    public func exercises(in curriculum: Curriculum) -> Result<[Exercise], Failure> {
        let terms = terms.map { term -> Term in
            guard case .exercise(let id) = term, let resolved = curriculum.exercise(resolving: id) else { return term }
            return .exercise(resolved.exercise.id)
        }
        for term in terms {
            switch term {
            case .exercise(let id) where curriculum.exercise(id: id) == nil:
                return .failure(
                    .unknown(
                        id.description,
                        suggestion: EditDistance.suggestion(
                            for: id.description, among: curriculum.exercises.map(\.id.description))))
            case .topic(let id) where curriculum.topic(id: id) == nil:
                return .failure(
                    .unknown(
                        id.description,
                        suggestion: EditDistance.suggestion(
                            for: id.description, among: curriculum.topics.map(\.id.description))))
            case .module(let n) where curriculum.module(number: n) == nil:
                return .failure(
                    .unknown(
                        "module \(n)", suggestion: curriculum.modules.map { "\($0.number)" }.joined(separator: ", ")))
            default:
                break
            }
        }
        let selected = curriculum.exercises.filter { exercise in
            if let level, exercise.id.level != level, !terms.contains(.exercise(exercise.id)) { return false }
            if terms.isEmpty { return true }
            return terms.contains { term in
                switch term {
                case .exercise(let id): return id == exercise.id
                case .topic(let id): return id == exercise.id.topicID
                case .module(let n): return n == exercise.id.module
                }
            }
        }
        return selected.isEmpty ? .failure(.empty) : .success(selected)
    }
}
