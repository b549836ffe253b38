// swift-tools-version: 6.0
// libFuzzer targets for factlint. A package of its own so `swift test` and CI never build it;
// `fuzz/run` builds it with coverage and AddressSanitizer.
import PackageDescription

let package = Package(
    name: "FactLintFuzz",
    dependencies: [.package(name: "factlint", path: "..")],
    targets: [.target(name: "FuzzDriver")] + ["FuzzReader", "FuzzFrontMatter", "FuzzRules", "FuzzPattern", "FuzzHTML"].map { name in
        .executableTarget(name: name, dependencies: [.product(name: "FactLintKit", package: "factlint"), "FuzzDriver"])
    },
    swiftLanguageModes: [.v5]
)
