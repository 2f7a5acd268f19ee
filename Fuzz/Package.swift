// swift-tools-version:6.0
// The fuzz target, a package of its own so that the sanitizer flags never touch the main build.
// Build and run with scripts/fuzz.
import PackageDescription

let package = Package(
    name: "DubaoFuzz",
    dependencies: [.package(name: "Dubao", path: "..")],
    targets: [
        .executableTarget(
            name: "dubao-fuzz",
            dependencies: [.product(name: "DubaoCore", package: "Dubao"), .product(name: "DubaoLibrary", package: "Dubao")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
