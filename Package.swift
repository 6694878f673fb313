// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "curriculum",
    products: [
        .library(name: "CurriculumKit", targets: ["CurriculumKit"]),
        .executable(name: "curriculum", targets: ["curriculum"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "CurriculumKit"),
        // One C header: the allocator setting the command line makes at start-up (`mallopt` is in
        // <malloc.h>, which Swift's Glibc module leaves out).
        .target(name: "CHeapSettings"),
        .executableTarget(name: "curriculum", dependencies: ["CurriculumKit", "CHeapSettings"]),
        .testTarget(name: "CurriculumKitTests", dependencies: ["CurriculumKit"], exclude: ["Golden"]),
        // End-to-end tests run the built `curriculum` binary; they depend on the library only for
        // its types, and on the executable so that `swift test` builds it first.
        .testTarget(name: "curriculumTests", dependencies: ["CurriculumKit", "curriculum"], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
