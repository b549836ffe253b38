import ArgumentParser
import FactLintKit
import FactLintService
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// `factlint-server`: the HTTP service a CMS calls before it publishes.
@main
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factlint-server",
        abstract: "Serve factlint over HTTP: POST /v1/lint, GET /v1/rules, GET /healthz, and a page at / to try it.",
        discussion: """
        Each request is linted with the built-in rules and --config's, plus the request's own \
        "config" if it sends one. One JSON line per request goes to standard error. SIGTERM or \
        SIGINT stops accepting connections and ends once the requests in flight are answered. \
        See the README, "Before publishing: the HTTP service".
        """,
        version: FactLintVersion.current
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one (the startup line on standard error names it).")
    var port = 8080

    @Option(help: ArgumentHelp("A .factlint.yml for every request: house rules, roster, rules on and off.", valueName: "file"))
    var config: String?

    @Option(name: .customLong("max-body-size"), help: ArgumentHelp("The largest request body in bytes; larger ones get 413.", valueName: "bytes"))
    var maxBodySize = ServiceLimits().maxBodyBytes

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Seconds one request may take, waiting included; past it, 503.", valueName: "seconds"))
    var timeLimit = ServiceLimits().timeLimit

    @Option(name: .customLong("max-concurrent"), help: ArgumentHelp("Requests linted or waiting at once; one more gets 503 with Retry-After.", valueName: "n"))
    var maxConcurrent = ServiceLimits().maxConcurrent

    @Option(help: ArgumentHelp("Threads that lint. Default: one per core.", valueName: "n"))
    var workers = ServiceLimits().workers

    @Option(name: .customLong("read-timeout"), help: ArgumentHelp("Seconds a client has to send a request's headers, then its body; past it, 408.", valueName: "seconds"))
    var readTimeout = ServiceLimits().readTimeout

    @Option(name: .customLong("max-connections"), help: ArgumentHelp("Open connections; more wait in the listen backlog.", valueName: "n"))
    var maxConnections = ServiceLimits().maxConnections

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port).") }
        guard maxBodySize >= 1 else { throw ValidationError("--max-body-size must be at least 1 byte.") }
        guard timeLimit > 0, readTimeout > 0 else { throw ValidationError("--time-limit and --read-timeout must be more than 0 seconds.") }
        guard maxConcurrent >= 1, workers >= 1, workers <= 256, maxConnections >= 1 else {
            throw ValidationError("--max-concurrent and --max-connections must be at least 1, --workers from 1 to 256.")
        }
        if let config, !InputCollector.exists(config) { throw ValidationError("--config '\(config)' does not exist.") }
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .warning
            return handler
        }
        let catalog: LinterCatalog
        do {
            catalog = try LinterCatalog(configPath: config)
        } catch {
            for problem in error.problems { writeStandardError("\(problem)") }
            throw ExitCode(2)
        }
        var limits = ServiceLimits()
        limits.maxBodyBytes = maxBodySize
        limits.timeLimit = timeLimit
        limits.maxConcurrent = maxConcurrent
        limits.workers = workers
        limits.readTimeout = readTimeout
        limits.maxConnections = maxConnections
        let service = LintService(catalog: catalog, limits: limits)
        let guardTimeout = TimeAmount.milliseconds(Int64(readTimeout * 1000))
        let host = self.host
        let app = Application(
            router: Routes.router(service: service),
            server: .http1(configuration: .init(additionalChannelHandlers: [SlowClientGuard(timeout: guardTimeout)])),
            configuration: .init(address: .hostname(host, port: port), serverName: "factlint",
                                 availableConnectionsDelegate: MaximumAvailableConnections(maxConnections)),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                writeStandardError(JSONTree.object([
                    "event": "listening", "host": .string(host), "port": .int(bound), "version": .string(FactLintVersion.current),
                    "rules": .int(catalog.base.rules.count), "workers": .int(service.limits.workers), "maxConcurrent": .int(service.limits.maxConcurrent),
                ]).serialized())
            },
            logger: Logger(label: "factlint-server")
        )
        // SIGTERM and SIGINT shut down gracefully: no new connections, the requests in flight answered.
        try await app.runService()
        writeStandardError(JSONTree.object(["event": "stopped"]).serialized())
    }
}
