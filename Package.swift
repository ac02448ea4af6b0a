// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "policylint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "policylint", targets: ["policylint"]),
        .library(name: "PolicyLintCore", targets: ["PolicyLintCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "PolicyYAML", dependencies: ["CLibYAML"]),
        .target(name: "PolicyCondition"),
        .target(
            name: "PolicyLintCore",
            dependencies: ["PolicyYAML", "PolicyCondition"],
            resources: [
                .embedInCode("Resources/anti-racist-commissioning.yaml"),
                .embedInCode("Resources/principles.yaml"),
                .embedInCode("Resources/preset-recommended.yaml"),
                .embedInCode("Resources/preset-strict.yaml"),
            ]
        ),
        .target(name: "PolicyLintReporters", dependencies: ["PolicyLintCore"]),
        .executableTarget(
            name: "policylint",
            dependencies: [
                "PolicyLintCore", "PolicyLintReporters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release build is a fully static executable on Linux (the Swift runtime, Foundation,
            // libyaml and the C library linked in): loading shared libraries and applying their
            // relocations cost about a quarter of a one-file check, and the last 3 ms of it went
            // to the dynamic loader alone.
            swiftSettings: [.unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "policylint-bench",
            dependencies: [
                "PolicyLintCore", "PolicyYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "PolicyLintTestSupport", dependencies: ["PolicyLintCore"]),
        .testTarget(name: "PolicyYAMLTests", dependencies: ["PolicyYAML"]),
        .testTarget(name: "PolicyConditionTests", dependencies: ["PolicyCondition"]),
        .testTarget(name: "PolicyLintCoreTests", dependencies: ["PolicyLintCore", "PolicyLintTestSupport"]),
        .testTarget(name: "PolicyLintReportersTests", dependencies: ["PolicyLintReporters", "PolicyLintCore", "PolicyLintTestSupport"]),
        .testTarget(
            name: "PolicyLintCLITests",
            dependencies: ["PolicyLintTestSupport", "PolicyLintCore"]
        ),
    ]
)

// Fuzz targets exist only when POLICYLINT_FUZZ=1, so normal builds never see -sanitize=fuzzer.
// Fuzz/run builds and runs them; see docs/fuzzing.md.
if Context.environment["POLICYLINT_FUZZ"] == "1" {
    package.targets += [
        .executableTarget(name: "fuzz-yaml", dependencies: ["PolicyYAML"], path: "Fuzz/yaml"),
        .executableTarget(name: "fuzz-rulebook", dependencies: ["PolicyLintCore", "PolicyCondition", "PolicyYAML"], path: "Fuzz/rulebook"),
        .executableTarget(name: "fuzz-check", dependencies: ["PolicyLintCore", "PolicyYAML"], path: "Fuzz/check"),
    ]
}
