import Testing

@testable import CurriculumKit

/// One Workbench episode: front matter, timings and the three list divs.
@Suite struct CarpentriesEpisodeReaderTests {
    static func read(_ text: String) -> (episode: CarpentriesEpisode?, diagnostics: [Diagnostic]) {
        guard case .success(let source) = SourceText.decode(text, path: "lesson/episodes/01-intro.md") else {
            return (nil, [])
        }
        return CarpentriesEpisodeReader.read(source, file: "episodes/01-intro.md")
    }

    static let episode = """
        ---
        title: 'Supplemental: Using Git'
        teaching: 20
        exercises: 10
        ---

        :::::::::::::::::::::::::::::::::::::: questions

        - How do I start?
        - What is a long question that
          wraps onto a second line?

        ::::::::::::::::::::::::::::::::::::::::::::::::

        ::::::::::::::::::::::::::::::::::::::: objectives

        * Explain the first thing.
        1. Use the second thing.

        ::::::::::::::::::::::::::::::::::::::::::::::::

        Prose with a list that is not an objective:

        - not an item of any div

        :::::::::::::::::::::::::::::::::::::::  challenge

        ## A challenge

        ::::::::::::::: solution

        - a solution's item

        :::::::::::::::::::::::::

        - a challenge's item

        ::::::::::::::::::::::::::::::::::::::::::::::::::

        ```
        ::: keypoints
        - code, not a key point
        :::
        ```

        :::::::::::::::::::::::::::::::::::::::: {.keypoints}

        - The first key point.

        ::::::::::::::::::::::::::::::::::::::::::::::::::
        """

    @Test func frontMatterAndDivsAreRead() throws {
        let read = Self.read(Self.episode)
        let episode = try #require(read.episode)
        #expect(read.diagnostics.isEmpty)
        #expect(episode.title == "Supplemental: Using Git")
        #expect(episode.file == "episodes/01-intro.md")
        #expect(episode.teaching == 20)
        #expect(episode.exercises == 10)
        #expect(episode.minutes == 30)
        #expect(episode.questions == ["How do I start?", "What is a long question that wraps onto a second line?"])
        #expect(episode.objectives == ["Explain the first thing.", "Use the second thing."])
        #expect(episode.keypoints == ["The first key point."])
    }

    @Test func crlfLineEndsReadTheSame() throws {
        let crlf = Self.episode.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        let lf = try #require(Self.read(Self.episode).episode)
        #expect(Self.read(crlf).episode == lf)
    }

    @Test func anEpisodeWithoutTimingsCountsFiveMinutesWithAWarning() throws {
        let read = Self.read("---\ntitle: Intro\n---\n\nText.\n")
        let episode = try #require(read.episode)
        #expect(episode.minutes == 5)
        #expect(episode.teachingMinutes == 5)
        #expect(episode.exerciseMinutes == 0)
        #expect(read.diagnostics.map(\.code) == [.episodeWithoutTimings])
        #expect(read.diagnostics.first?.severity == .warning)
        #expect(read.diagnostics.first?.location?.line == 1)
    }

    @Test func aMissingHalfCountsZeroWithAWarning() throws {
        let read = Self.read("---\ntitle: Intro\nteaching: 15\n---\n")
        #expect(read.episode?.minutes == 15)
        #expect(read.diagnostics.map(\.code) == [.episodeWithoutTimings])
        #expect(read.diagnostics.first?.message.contains("'exercises'") == true)
    }

    @Test(arguments: [
        ("# Intro\n", DiagnosticCode.episodeWithoutFrontMatter, 1),
        ("---\ntitle: Intro\nteaching: 5\n", .episodeWithoutFrontMatter, 1),
        ("---\nteaching: 5\nexercises: 0\n---\n", .invalidLessonField, 1),
        ("---\ntitle: Intro\nteaching: 10 min\n---\n", .invalidLessonField, 3),
        ("---\ntitle: Intro\nexercises: -5\n---\n", .invalidLessonField, 3),
        ("---\ntitle: Intro\nteaching: [5]\n---\n", .yamlOutsideSubset, 3),
        ("---\ntitle: Intro: the start\n---\n", .yamlOutsideSubset, 2),
    ])
    func badEpisodesAreErrorsAtTheirLine(text: String, code: DiagnosticCode, line: Int) {
        let read = Self.read(text)
        #expect(read.episode == nil)
        #expect(read.diagnostics.map(\.code) == [code])
        #expect(read.diagnostics.first?.severity == .error)
        #expect(read.diagnostics.first?.location?.line == line)
        #expect(read.diagnostics.first?.location?.file == "lesson/episodes/01-intro.md")
    }

    @Test func olderLessonsListTheirObjectivesInTheFrontMatter() {
        let read = Self.read("---\ntitle: Intro\nteaching: 5\nexercises: 5\nobjectives:\n- Know it.\n---\n")
        #expect(read.episode?.objectives == ["Know it."])
    }
}
