import Testing

@testable import CurriculumKit

@Suite struct UnifiedDiffTests {
    /// The longest common subsequence by dynamic programming: the reference a shortest edit script
    /// is measured against.
    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    /// On seeded random line lists: the script turns old into new, and it is as short as possible.
    @Test(arguments: 0..<200)
    func scriptIsCorrectAndShortest(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let alphabet = ["a", "b", "c", "d", ""]
        let old = (0..<random.int(below: 12)).map { _ in alphabet[random.int(below: alphabet.count)] }
        let new = (0..<random.int(below: 12)).map { _ in alphabet[random.int(below: alphabet.count)] }
        let diff = UnifiedDiff(old: old, new: new)
        var rebuiltOld: [String] = []
        var rebuiltNew: [String] = []
        var changes = 0
        for edit in diff.edits {
            switch edit {
            case .same(let line):
                rebuiltOld.append(line)
                rebuiltNew.append(line)
            case .removed(let line):
                rebuiltOld.append(line)
                changes += 1
            case .added(let line):
                rebuiltNew.append(line)
                changes += 1
            }
        }
        #expect(rebuiltOld == old, "seed \(seed)")
        #expect(rebuiltNew == new, "seed \(seed)")
        #expect(changes == old.count + new.count - 2 * Self.lcsLength(old, new), "seed \(seed): not a shortest script")
    }

    @Test func rendersHunksLikeDiffU() {
        let old = (1...12).map { "line \($0)" }
        var new = old
        new[1] = "line two"
        new.insert("inserted", at: 10)
        let expected = """
            --- a
            +++ b
            @@ -1,5 +1,5 @@
             line 1
            -line 2
            +line two
             line 3
             line 4
             line 5
            @@ -8,5 +8,6 @@
             line 8
             line 9
             line 10
            +inserted
             line 11
             line 12

            """
        #expect(UnifiedDiff(old: old, new: new).rendered(oldName: "a", newName: "b") == expected)
        #expect(UnifiedDiff(old: old, new: old).rendered(oldName: "a", newName: "b") == "")
        #expect(
            UnifiedDiff(old: [], new: ["x"]).rendered(oldName: "a", newName: "b")
                == "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n")
    }
}

/// SplitMix64: a small seeded generator, so that a failing property test can be replayed from the
/// seed it prints.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(below bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }
    mutating func chance(_ percent: Int) -> Bool { int(below: 100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(below: items.count)] }
}
