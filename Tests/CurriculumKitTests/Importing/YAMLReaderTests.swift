import Testing

@testable import CurriculumKit

/// The YAML subset reader: every form of the subset read, every construct outside it refused at
/// its line and column, never guessed.
@Suite struct YAMLReaderTests {
    static func read(_ text: String) -> Result<YAMLNode, YAMLError> {
        YAMLReader.read(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    @Test(arguments: [
        ("title: Creating a Repository", "Creating a Repository"),
        ("title: 'Supplemental: Using Git from RStudio'", "Supplemental: Using Git from RStudio"),
        ("title: 'It''s here'  # a comment", "It's here"),
        (#"title: "say \"hi\"\tnow \u00e9""#, "say \"hi\"\tnow é"),
        ("title: plain # comment dropped", "plain"),
        ("title: a#b is not a comment", "a#b is not a comment"),
        ("title: https://example.org/x", "https://example.org/x"),
        ("title: 5", "5"),
        ("title: Creating a Repository\r", "Creating a Repository"),
    ])
    func scalarsAreRead(line: String, expected: String) throws {
        let node = try Self.read(line).get()
        #expect(node["title"]?.scalar == expected)
    }

    @Test func theWorkbenchConfigShapeIsRead() throws {
        let text = """
            ---
            # Which carpentry is this?
            carpentry: 'swc'
            title: 'Version Control with Git'

            episodes: 
            - 01-basics.md
            - 02-setup.md
            learners: 
            instructors:
              - notes.md
            sandpaper:
              version: 0.16.0
              pinned: true
            empty: ~
            lang: en
            """
        let node = try Self.read(text).get()
        #expect(node["carpentry"]?.scalar == "swc")
        #expect(
            node["episodes"]?.value
                == .sequence([YAMLNode(.scalar("01-basics.md"), line: 7), YAMLNode(.scalar("02-setup.md"), line: 8)]))
        #expect(node["learners"]?.value == .null)
        #expect(node["learners"]?.line == 9)
        guard case .sequence(let notes) = node["instructors"]?.value else {
            Issue.record("an indented list is read as a list")
            return
        }
        #expect(notes.map(\.scalar) == ["notes.md"])
        #expect(node["sandpaper"]?["version"]?.scalar == "0.16.0")
        #expect(node["sandpaper"]?["pinned"]?.scalar == "true")
        #expect(node["empty"]?.value == .null)
        #expect(node["lang"]?.scalar == "en")
    }

    @Test func anEmptyDocumentIsAnEmptyMapping() throws {
        #expect(try Self.read("# only a comment\n\n").get().value == .mapping([]))
    }

    @Test(arguments: [
        ("episodes: [a.md, b.md]", YAMLError.Reason.flowCollection, 1, 11),
        ("x: {a: 1}", .flowCollection, 1, 4),
        ("x: &anchor 1", .anchorOrAlias, 1, 4),
        ("x: *anchor", .anchorOrAlias, 1, 4),
        ("x: !tag 1", .tag, 1, 4),
        ("x: |\n  text", .blockScalar, 1, 4),
        ("x: >\n  text", .blockScalar, 1, 4),
        ("%YAML 1.2\nx: 1", .directive, 1, 1),
        ("x: 1\n---\ny: 2", .secondDocument, 2, 1),
        ("'x': 1", .quotedKey, 1, 1),
        ("just text", .missingColon, 1, 1),
        ("x: 'open", .unterminatedQuote, 1, 4),
        ("x: \"open", .unterminatedQuote, 1, 4),
        ("x: 'a' b", .textAfterQuote, 1, 8),
        (#"x: "a\qb""#, .unsupportedEscape("q"), 1, 6),
        ("title: Supplemental: Using Git", .colonInPlainValue, 1, 20),
        ("title: a long\n  title", .continuationLine, 2, 3),
        ("x:\n- a: 1", .sequenceItemMapping, 2, 3),
        ("x:\n- - a", .nestedSequence, 2, 3),
        ("x:\n-", .emptySequenceItem, 2, 2),
        ("x: 1\nx: 2", .duplicateKey("x", firstLine: 1), 2, 1),
        ("- a\n- b", .notAMapping, 1, 1),
        ("x: 1\n\ty: 2", .tabIndentation, 2, 1),
        ("x: 1\n  y: 2", .continuationLine, 2, 3),
        ("x: @home", .reservedIndicator, 1, 4),
    ])
    func constructsOutsideTheSubsetAreRefusedAtTheirPlace(
        text: String, reason: YAMLError.Reason, line: Int, column: Int
    ) {
        guard case .failure(let error) = Self.read(text) else {
            Issue.record("'\(text)' was read, not refused")
            return
        }
        #expect(error == YAMLError(reason, line: line, column: column), "\(text)")
        #expect(!error.explanation.english.isEmpty && !error.explanation.dutch.isEmpty)
    }

    @Test func linesAreNumberedFromTheGivenFirstLine() {
        let result = YAMLReader.read(["title: x", "teaching: [5]"], firstLine: 2)
        #expect(result == .failure(YAMLError(.flowCollection, line: 3, column: 11)))
    }

    @Test func theDiagnosticNamesTheConstructAndTheLine() {
        let diagnostic = YAMLError(.flowCollection, line: 3, column: 11).diagnostic(path: "config.yaml")
        #expect(diagnostic.code == .yamlOutsideSubset)
        #expect(diagnostic.location == SourceLocation(file: "config.yaml", line: 3, column: 11))
        #expect(diagnostic.message.contains("flow collection"))
    }
}
