// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "factlint",
    products: [
        .library(name: "FactLintKit", targets: ["FactLintKit"]),
        .executable(name: "factlint", targets: ["factlint"]),
        .executable(name: "factlint-server", targets: ["factlint-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // The HTTP service only (`factlint-server`); the command line does not link it.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        // Already in Hummingbird's graph; named for the slow-client guard and the logger.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        // YAML node trees as bytes read in place: the built-in rules are compiled to this form at
        // build time, so a run parses no YAML for them.
        .target(
            name: "CompiledYAML",
            dependencies: [.product(name: "Yams", package: "Yams")],
            path: "Sources/CompiledYAML",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // Compiles the YAML under Rules/ into Swift source, so the installed binary carries its
        // built-in rules and lexicons ready to read and needs no path at run time.
        .executableTarget(name: "RuleEmbedder", dependencies: ["CompiledYAML"], path: "Sources/RuleEmbedder"),
        .plugin(
            name: "EmbedRulesPlugin",
            capability: .buildTool(),
            dependencies: ["RuleEmbedder"],
            path: "Sources/EmbedRulesPlugin"
        ),
        .target(
            name: "FactLintKit",
            dependencies: ["CompiledYAML", .product(name: "Yams", package: "Yams")],
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
        // The HTTP service's behaviour (requests, limits, worker threads), free of the server library.
        .target(
            name: "FactLintService",
            dependencies: ["FactLintKit"],
            path: "Sources/FactLintService",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "factlint-server",
            dependencies: [
                "FactLintKit",
                "FactLintService",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/factlint-server",
            exclude: ["Page"],
            resources: [.embedInCode("Page/index.html"), .embedInCode("Page/page.css"), .embedInCode("Page/page.js")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "FactLintKitTests",
            // The CLI tests run the built `factlint` binary to check exit codes end to end; the
            // service tests start the built `factlint-server` on a free loopback port.
            dependencies: ["FactLintKit", "FactLintLSP", "FactLintService", "factlint", "factlint-server", "CompiledYAML", .product(name: "Yams", package: "Yams"),
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tests/FactLintKitTests",
            exclude: ["Golden"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
