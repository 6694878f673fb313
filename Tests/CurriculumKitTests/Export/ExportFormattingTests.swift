import Foundation
import Testing

@testable import CurriculumKit

/// The small pieces every export format relies on: dates in words, inline Markdown, escaping.
@Suite struct ExportFormattingTests {
    @Test(arguments: [
        ("2027-03-09", Language.dutch, "dinsdag 9 maart 2027"),
        ("2027-03-09", .english, "Tuesday 9 March 2027"),
        ("2028-02-29", .dutch, "dinsdag 29 februari 2028"),
        ("2026-11-23", .dutch, "maandag 23 november 2026"),
        ("2027-01-03", .english, "Sunday 3 January 2027"),
        ("2027-05-01", .dutch, "zaterdag 1 mei 2027"),
        ("2027-10-15", .english, "Friday 15 October 2027"),
    ])
    func datesInWords(iso: String, language: Language, expected: String) throws {
        let date = try #require(CalendarDate(iso))
        #expect(DateWording.long(date, language: language) == expected)
    }

    @Test func dateRange() throws {
        let first = try #require(CalendarDate("2027-03-09"))
        let last = try #require(CalendarDate("2027-03-10"))
        #expect(DateWording.range(first, last, language: .dutch) == "dinsdag 9 maart 2027 – woensdag 10 maart 2027")
        #expect(DateWording.range(first, first, language: .english) == "Tuesday 9 March 2027")
    }

    @Test func labelsFollowTheLanguage() {
        let nl = Labels(.dutch)
        let en = Labels(.english)
        #expect(
            [nl.goals, nl.duration, nl.procedure, nl.agenda, nl.copies] == [
                "Leerdoelen", "Duur", "Werkwijze", "Programma", "Exemplaren",
            ])
        #expect(
            [en.goals, en.duration, en.procedure, en.agenda, en.copies] == [
                "Learning goals", "Duration", "Procedure", "Agenda", "Copies",
            ])
        let nine = ClockTime(minutesSinceMidnight: 540)
        let ten = ClockTime(minutesSinceMidnight: 600)
        #expect(nl.timeSpan(nine, ten) == "09:00–10:00")
    }

    @Test(arguments: [
        ("plain text", [InlineSpan.text("plain text")]),
        ("*x* and _y_", [.emphasis([.text("x")]), .text(" and "), .emphasis([.text("y")])]),
        ("**bold** end", [.strong([.text("bold")]), .text(" end")]),
        ("`a < b`", [.code("a < b")]),
        ("snake_case_name stays", [.text("snake_case_name stays")]),
        ("2 * 3 * 4", [.text("2 * 3 * 4")]),
        ("unclosed *star", [.text("unclosed *star")]),
        ("[site](https://example.org/a_(b))", [.link([.text("site")], target: "https://example.org/a_(b)")]),
        ("[rel](docs/x.md#part)", [.link([.text("rel")], target: "docs/x.md#part")]),
        (
            "see <https://example.org>",
            [.text("see "), .link([.text("https://example.org")], target: "https://example.org")]
        ),
        ("<script>alert(1)</script>", [.text("<script>alert(1)</script>")]),
        ("[x](javascript:alert(1)) after", [.text("x"), .text(" after")]),
        ("[x](data:text/html,hi)", [.text("x")]),
        ("[x](//evil.example/)", [.text("x")]),
        ("[x](JavaScript:alert(1))", [.text("x")]),
        ("\\*not emphasis\\*", [.text("*not emphasis*")]),
        // Issue 14, item 7: an image is read as a link to it.
        (
            "see ![map](https://e.org/m.png)",
            [.text("see "), .link([.text("map")], target: "https://e.org/m.png")]
        ),
        ("![x](javascript:alert(1))", [.text("x")]),
        ("\\![x](https://e.org)", [.text("!"), .link([.text("x")], target: "https://e.org")]),
    ])
    func inlineMarkdown(text: String, expected: [InlineSpan]) {
        #expect(InlineMarkdown.parse(text) == expected)
    }

    @Test(arguments: [
        ("https://example.org/x?a=1&b=2", true), ("http://example.org", true), ("mailto:a@example.org", false),
        ("docs/intro.md", true), ("#part", true),
        // Issue 14, item 5: paths out of the curriculum folder are no links.
        ("../up.pdf", false), ("a/../../up.pdf", false), ("/etc/passwd", false), ("~/.ssh/id_rsa", false),
        ("a\\..\\b", false),
        ("javascript:alert(1)", false), ("JAVASCRIPT:alert(1)", false), ("data:text/html,x", false),
        ("vbscript:x", false),
        ("//evil.example", false), ("https://example.org/\"onmouseover", false), ("", false), ("a b", false),
    ])
    func linkTargets(target: String, safe: Bool) {
        #expect(InlineMarkdown.isSafeLinkTarget(target) == safe)
    }

    @Test func htmlEscaping() {
        #expect(HTMLRenderer.escape("<script>a & b</script>") == "&lt;script&gt;a &amp; b&lt;/script&gt;")
        #expect(HTMLRenderer.escapeAttribute("\"x\" & 'y' <z>") == "&quot;x&quot; &amp; &#39;y&#39; &lt;z&gt;")
        #expect(HTMLRenderer.escape("bell\u{7}null\u{0}") == "bell\u{FFFD}null\u{FFFD}")
        #expect(
            HTMLRenderer.escape("next\u{85}line é") == "next\u{FFFD}line é", "C1 controls too; other non-ASCII stays")
        #expect(HTMLRenderer.escape("plain words, ok") == "plain words, ok")
        #expect(HTMLRenderer.cssString("a \"b\" </style>") == "a \\22 b\\22  \\3c /style\\3e ")
    }

    @Test func markdownEscaping() {
        #expect(MarkdownRenderer.escape("<script> *x* [a](b) | #") == "\\<script\\> \\*x\\* \\[a\\](b) \\| \\#")
        #expect(MarkdownRenderer.lineStart("1. not a list") == "1\\. not a list")
        #expect(MarkdownRenderer.lineStart("- not a bullet") == "\\- not a bullet")
        #expect(
            MarkdownRenderer.inline([.link([.text("t")], target: "https://e.org/a_(b)")])
                == "[t](https://e.org/a_%28b%29)")
    }

    /// Issue 14, item 7: a Markdown export never embeds a remote image, which a viewer would fetch.
    @Test(arguments: [
        ("Kaart: ![map](https://e.org/m.png)", "Kaart: [map](https://e.org/m.png)"),
        ("![*a* map](http://e.org/m.png) end", "[*a* map](http://e.org/m.png) end"),
        ("wow\\![site](https://e.org)", "wow\\![site](https://e.org)"),
        ("just! words", "just! words"),
    ])
    func markdownWritesImagesAsLinks(text: String, expected: String) {
        let markdown = MarkdownRenderer.inline(InlineMarkdown.parse(text))
        #expect(markdown == expected)
        #expect(!markdown.replacing("\\!", with: "").contains("!["), "no unescaped image")
    }
}
