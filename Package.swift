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
        .testTarget(
            name: "CurriculumKitTests",
            dependencies: ["CurriculumKit"],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "curriculumTests",
            dependencies: ["CurriculumKit"],
            resources: [.copy("Snapshots")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
