// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "OneOnOne",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "oneonone", targets: ["oneonone"]),
        .library(name: "OneOnOneCore", targets: ["OneOnOneCore"]),
        .library(name: "OneOnOneChecks", targets: ["OneOnOneChecks"]),
        .library(name: "OneOnOneReports", targets: ["OneOnOneReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .target(
            name: "OneOnOneCore",
            dependencies: ["CCmarkGFM", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "OneOnOneChecks", dependencies: ["OneOnOneCore"]),
        .target(name: "OneOnOneReports", dependencies: ["OneOnOneCore", "OneOnOneChecks"]),
        .executableTarget(
            name: "oneonone",
            dependencies: ["OneOnOneCore", "OneOnOneChecks", "OneOnOneReports", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "OneOnOneCoreTests", dependencies: ["OneOnOneCore"], exclude: ["Golden"]),
        .testTarget(name: "OneOnOneChecksTests", dependencies: ["OneOnOneChecks", "OneOnOneReports"]),
        .testTarget(name: "OneOnOneReportsTests", dependencies: ["OneOnOneReports"], exclude: ["Golden", "Schemas"]),
        .testTarget(name: "oneononeTests", dependencies: ["oneonone"]),
    ]
)
