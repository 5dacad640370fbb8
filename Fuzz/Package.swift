// swift-tools-version:6.0
// The libFuzzer target, apart from the main package so that `swift build` there never needs
// libFuzzer. Build and run with `.ci/fuzz MINUTES` (see Fuzz/README.md).
import PackageDescription

let package = Package(
    name: "OneOnOneFuzz",
    dependencies: [.package(name: "OneOnOne", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzNotes",
            dependencies: [
                .product(name: "OneOnOneCore", package: "OneOnOne"),
                .product(name: "OneOnOneChecks", package: "OneOnOne"),
                .product(name: "OneOnOneReports", package: "OneOnOne"),
                .product(name: "OneOnOneAgenda", package: "OneOnOne"),
            ]
        ),
    ]
)
