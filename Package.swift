// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "factlint",
    products: [
        .library(name: "FactLintKit", targets: ["FactLintKit"]),
        .executable(name: "factlint", targets: ["factlint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        // Turns the YAML under Rules/ into Swift source, so the installed binary carries its
        // built-in rules and lexicons and needs no path at run time.
        .executableTarget(name: "RuleEmbedder", path: "Sources/RuleEmbedder"),
        .plugin(
            name: "EmbedRulesPlugin",
            capability: .buildTool(),
            dependencies: ["RuleEmbedder"],
            path: "Sources/EmbedRulesPlugin"
        ),
        .target(
            name: "FactLintKit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            path: "Sources/FactLintKit",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: ["EmbedRulesPlugin"]
        ),
        // The language server's engine (`factlint lsp`): JSON-RPC framing, documents, diagnostics.
        .target(
            name: "FactLintLSP",
            dependencies: ["FactLintKit"],
            path: "Sources/FactLintLSP",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "factlint",
            dependencies: [
                "FactLintKit",
                "FactLintLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/factlint",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "FactLintKitTests",
            // The CLI tests run the built `factlint` binary to check exit codes end to end.
            dependencies: ["FactLintKit", "FactLintLSP", "factlint", .product(name: "Yams", package: "Yams")],
            path: "Tests/FactLintKitTests",
            exclude: ["Golden"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
