// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dubao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dubao", targets: ["dubao"]),
        .library(name: "DubaoCore", targets: ["DubaoCore"]),
        .library(name: "DubaoLibrary", targets: ["DubaoLibrary"]),
        .executable(name: "dubao-bench", targets: ["dubao-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "CHanziTable"),
        // _FoundationICU: the ICU that Foundation carries, for its dictionary of Chinese words (WordBreaks)
        .target(name: "DubaoCore", dependencies: ["CHanziTable"], linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
        .target(name: "CDubaoSQLite", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "DubaoLibrary", dependencies: [
            "DubaoCore", "CDubaoSQLite",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "DubaoStore", dependencies: ["DubaoCore"]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "CTerminalWidth", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "DubaoTerminal", dependencies: [
            "DubaoStore", "CNcursesw", "CTerminalWidth",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // the composition root: the library reaches the store and the screens through plain values here
        .target(name: "DubaoApp", dependencies: [
            "DubaoCore", "DubaoLibrary", "DubaoStore", "DubaoTerminal", .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .executableTarget(name: "dubao", dependencies: [
            "DubaoCore", "DubaoLibrary", "DubaoStore", "DubaoTerminal", "DubaoApp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "dubao-bench", dependencies: [
            "DubaoCore", "DubaoLibrary", "DubaoStore", "DubaoTerminal", "DubaoApp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "DubaoTestSupport", dependencies: ["DubaoCore", "DubaoLibrary"], path: "Tests/DubaoTestSupport"),
        .testTarget(name: "DubaoCoreTests", dependencies: ["DubaoCore", "DubaoTestSupport"]),
        .testTarget(name: "DubaoLibraryTests", dependencies: ["DubaoLibrary", "DubaoTestSupport"]),
        .testTarget(name: "DubaoStoreTests", dependencies: ["DubaoStore", "DubaoTestSupport"]),
        .testTarget(name: "DubaoTerminalTests", dependencies: ["DubaoTerminal", "DubaoTestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "DubaoEndToEndTests", dependencies: ["DubaoCore", "DubaoStore", "DubaoApp", "DubaoTestSupport", "dubao"]),
    ],
    swiftLanguageModes: [.v6]
)
