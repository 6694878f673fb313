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
        .executableTarget(name: "curriculum", dependencies: ["CurriculumKit"]),
        .testTarget(name: "CurriculumKitTests", dependencies: ["CurriculumKit"], exclude: ["Golden"]),
        // End-to-end tests run the built `curriculum` binary; they depend on the library only for
        // its types, and on the executable so that `swift test` builds it first.
        .testTarget(name: "curriculumTests", dependencies: ["CurriculumKit", "curriculum"], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
