import Testing

@testable import CurriculumKit

/// Without a path, a command works on the curriculum holding the current folder, found as git
/// finds its repository; failing that on `./curriculum`.
@Suite struct CurriculumDiscoveryTests {
    static let files = InMemoryFileSystem(files: [
        "home/trainer/courses/igma/curriculum.md": "# IGMA\n",
        "home/trainer/courses/igma/plans/maart.plan.md": "# Maart\n",
        "home/trainer/courses/igma/plans/old/x.plan.md": "# X\n",
        "home/trainer/repo/curriculum/a/curriculum.md": "# A\n",
        "home/trainer/repo/docs/readme.md": "x\n",
    ])

    @Test(arguments: [
        ("/home/trainer/courses/igma", "."),
        ("/home/trainer/courses/igma/", "."),
        ("/home/trainer/courses/igma/plans", ".."),
        ("/home/trainer/courses/igma/plans/old", "../.."),
        ("/home/trainer/repo", "curriculum"),
        ("/home/trainer/repo/docs", "curriculum"),
        ("/", "curriculum"),
        ("relative/folder", "curriculum"),
    ])
    func theNearestManifestUpwardsElseTheCurriculumFolder(_ workingDirectory: String, _ expected: String) {
        #expect(CurriculumLookup.defaultPath(workingDirectory: workingDirectory, fileSystem: Self.files) == expected)
    }

    @Test func aFolderNamedLikeTheManifestIsNotACurriculum() {
        let files = InMemoryFileSystem(files: ["work/curriculum.md/x": "x"])
        #expect(CurriculumLookup.defaultPath(workingDirectory: "/work", fileSystem: files) == "curriculum")
    }
}
