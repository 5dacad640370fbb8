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
        .library(name: "OneOnOneAgenda", targets: ["OneOnOneAgenda"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
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
        // The shipped templates and question bank are `templates/` (linked as `Shipped`), compiled in:
        // the binary needs no files beside it.
        .target(
            name: "OneOnOneAgenda",
            dependencies: ["OneOnOneCore", "OneOnOneChecks", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.embedInCode("Shipped")]
        ),
        .executableTarget(
            name: "oneonone",
            dependencies: ["OneOnOneCore", "OneOnOneChecks", "OneOnOneReports", "OneOnOneAgenda", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "OneOnOneCoreTests", dependencies: ["OneOnOneCore"], exclude: ["Golden"]),
        .testTarget(name: "OneOnOneChecksTests", dependencies: ["OneOnOneChecks", "OneOnOneReports"]),
        .testTarget(name: "OneOnOneReportsTests", dependencies: ["OneOnOneReports"], exclude: ["Golden", "Schemas"]),
        .testTarget(name: "OneOnOneAgendaTests", dependencies: ["OneOnOneAgenda", "OneOnOneReports"], exclude: ["Golden"]),
        .testTarget(name: "oneononeTests", dependencies: ["oneonone"]),
    ]
)
