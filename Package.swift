// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "OneOnOne",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "oneonone", targets: ["oneonone"]),
        .library(name: "OneOnOneCore", targets: ["OneOnOneCore"]),
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
        .executableTarget(
            name: "oneonone",
            dependencies: ["OneOnOneCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "OneOnOneCoreTests", dependencies: ["OneOnOneCore"], exclude: ["Golden"]),
        .testTarget(name: "oneononeTests", dependencies: ["oneonone"]),
    ]
)
