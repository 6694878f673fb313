/// A line diff in the unified format (`diff -u`), computed with Myers' O(ND) algorithm.
///
/// `fmt --diff` shows what formatting would change; the tool has no dependencies, so the diff is
/// written here: Myers' greedy algorithm finds a shortest edit script, which is then grouped into
/// hunks with three lines of context, as `diff -u` and `git diff` print them.
public struct UnifiedDiff: Sendable {
    /// One line of an edit script.
    public enum Edit: Equatable, Sendable {
        case same(String)
        case removed(String)
        case added(String)
    }

    public let edits: [Edit]

    /// The shortest edit script turning `old` into `new` (lines without their terminators).
    public init(old: [String], new: [String]) {
        edits = Self.script(old, new)
    }

    public var isEmpty: Bool {
        edits.allSatisfy {
            if case .same = $0 { return true }
            return false
        }
    }

    /// The diff as `diff -u` prints it, with `---`/`+++` headers naming the two sides.
    public func rendered(oldName: String, newName: String, context: Int = 3) -> String {
        guard !isEmpty else { return "" }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        // Positions (old line, new line) before each edit.
        var positions: [(Int, Int)] = []
        var oldLine = 0
        var newLine = 0
        for edit in edits {
            positions.append((oldLine, newLine))
            switch edit {
            case .same:
                oldLine += 1
                newLine += 1
            case .removed: oldLine += 1
            case .added: newLine += 1
            }
        }
        let changed = edits.indices.filter {
            if case .same = edits[$0] { return false }
            return true
        }
        var index = 0
        while index < changed.count {
            let start = max(0, changed[index] - context)
            var end = min(edits.count, changed[index] + context + 1)
            var next = index + 1
            while next < changed.count, changed[next] - context <= end {
                end = min(edits.count, changed[next] + context + 1)
                next += 1
            }
            var oldCount = 0
            var newCount = 0
            var body = ""
            for edit in edits[start..<end] {
                switch edit {
                case .same(let line):
                    body += " \(line)\n"
                    oldCount += 1
                    newCount += 1
                case .removed(let line):
                    body += "-\(line)\n"
                    oldCount += 1
                case .added(let line):
                    body += "+\(line)\n"
                    newCount += 1
                }
            }
            let (oldStart, newStart) = positions[start]
            // An empty side is numbered by the line before it, as diff does.
            output +=
                "@@ -\(oldCount == 0 ? oldStart : oldStart + 1),\(oldCount) +\(newCount == 0 ? newStart : newStart + 1),\(newCount) @@\n"
            output += body
            index = next
        }
        return output
    }

    /// Myers' greedy forward algorithm, keeping each round's frontier to trace the path back.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        // Common prefix and suffix first: formatting changes few lines, so this leaves little work.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let x = Array(a[prefix..<(a.count - suffix)])
        let y = Array(b[prefix..<(b.count - suffix)])
        var result = a[..<prefix].map { Edit.same($0) }
        result += middle(x, y)
        result += a[(a.count - suffix)...].map { Edit.same($0) }
        return result
    }

    private static func middle(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count
        let m = b.count
        if n == 0 { return b.map { .added($0) } }
        if m == 0 { return a.map { .removed($0) } }
        let maximum = n + m
        let offset = maximum
        var frontier = [Int](repeating: 0, count: 2 * maximum + 2)
        var trace: [[Int]] = []
        var found = false
        for d in 0...maximum {
            // Keeping every frontier costs d × (n + m) integers; past a budget (huge, wholly
            // different files) a plain remove-all/add-all script is shown instead.
            if (trace.count + 1) * frontier.count > 20_000_000 { return a.map { .removed($0) } + b.map { .added($0) } }
            trace.append(frontier)
            var k = -d
            while k <= d {
                var xPosition: Int
                if k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]) {
                    xPosition = frontier[offset + k + 1]
                } else {
                    xPosition = frontier[offset + k - 1] + 1
                }
                var yPosition = xPosition - k
                while xPosition < n, yPosition < m, a[xPosition] == b[yPosition] {
                    xPosition += 1
                    yPosition += 1
                }
                frontier[offset + k] = xPosition
                if xPosition >= n, yPosition >= m {
                    found = true
                    break
                }
                k += 2
            }
            if found { break }
        }
        // Walk back through the saved frontiers.
        var edits: [Edit] = []
        var xPosition = n
        var yPosition = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = xPosition - yPosition
            let previousK: Int
            if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let previousY = previousX - previousK
            while xPosition > previousX, yPosition > previousY, xPosition > 0, yPosition > 0 {
                edits.append(.same(a[xPosition - 1]))
                xPosition -= 1
                yPosition -= 1
            }
            if d > 0 {
                if xPosition == previousX {
                    edits.append(.added(b[yPosition - 1]))
                    yPosition -= 1
                } else {
                    edits.append(.removed(a[xPosition - 1]))
                    xPosition -= 1
                }
            }
        }
        while xPosition > 0, yPosition > 0 {
            edits.append(.same(a[xPosition - 1]))
            xPosition -= 1
            yPosition -= 1
        }
        return edits.reversed()
    }
}
