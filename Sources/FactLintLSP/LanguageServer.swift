import Dispatch
import FactLintKit

/// The factlint language server: reads JSON-RPC messages, keeps the open documents in step with
/// the editor, lints them (debounced, a newer edit cancelling an older run) and publishes
/// diagnostics. It knows nothing of where the bytes come from; ``StdioTransport`` connects it to
/// standard input and output.
///
/// Every message is handled in order on one serial queue; linting runs on a second queue, so a
/// slow lint never holds up the editor's next message.
public final class LanguageServer: @unchecked Sendable {
    public struct Options: Sendable {
        /// How long the text must stay unchanged before it is linted.
        public var debounce: Double = 0.025
        /// A configuration for every document (`--config`) instead of the nearest `.factlint.yml`.
        public var configPath: String?
        /// Reading options (date order, a roster).
        public var readOptions = ReadOptions()
        /// The built-in rules, read once.
        public var rules: RuleSet

        public init(rules: RuleSet = .builtIn()) {
            self.rules = rules
        }
    }

    enum Lifecycle { case starting, running, shuttingDown }

    let queue = DispatchQueue(label: "factlint.lsp.messages")
    let lintQueue = DispatchQueue(label: "factlint.lsp.lint")
    let send: @Sendable (String) -> Void
    let onExit: @Sendable (Int32) -> Void
    var options: Options
    var lifecycle = Lifecycle.starting
    var documents: [String: OpenDocument] = [:]
    var resolver: ConfigurationResolver
    /// The problems published on configuration and rule files, by absolute path.
    var publishedProblems: [String: [RuleProblem]] = [:]
    /// Whether the editor can be asked to watch configuration files.
    var watchersWanted = false
    /// The workspace folder, for documents that have no file yet.
    var rootPath: String?
    var nextRequestID = 1

    /// - Parameters:
    ///   - send: writes one JSON-RPC message body to the client.
    ///   - onExit: ends the process with this status (the `exit` notification, or the end of input).
    public init(options: Options, send: @escaping @Sendable (String) -> Void, onExit: @escaping @Sendable (Int32) -> Void) {
        self.options = options
        self.send = send
        self.onExit = onExit
        resolver = ConfigurationResolver(explicit: options.configPath, rules: options.rules, options: options.readOptions)
    }

    /// Takes one message body from the client.
    public func receive(_ body: [UInt8]) {
        queue.async { self.handle(body) }
    }

    /// The input stream ended: an editor that goes away without `exit` leaves the server nothing to do.
    public func inputEnded() {
        queue.async { self.onExit(self.lifecycle == .shuttingDown ? 0 : 1) }
    }

    private func handle(_ body: [UInt8]) {
        let message: JSONTree
        do {
            message = try JSONTree.parse(body)
        } catch {
            respond(id: .null, error: LSPError(code: .parseError, message: "the message is not JSON: \(error.message) (byte \(error.offset))"))
            return
        }
        guard let method = message["method"]?.stringValue else {
            // A response to a request of ours (registerCapability); nothing waits for it.
            return
        }
        let params = message["params"] ?? .null
        if let id = message["id"] {
            handleRequest(id: id, method: method, params: params)
        } else {
            handleNotification(method: method, params: params)
        }
    }

    private func handleRequest(id: JSONTree, method: String, params: JSONTree) {
        if lifecycle == .starting, method != "initialize" {
            respond(id: id, error: LSPError(code: .serverNotInitialized, message: "the server has not been initialized"))
            return
        }
        do throws(LSPError) {
            switch method {
            case "initialize":
                respond(id: id, result: initialize(params))
            case "shutdown":
                lifecycle = .shuttingDown
                for document in documents.values { document.running?.cancel() }
                respond(id: id, result: .null)
            case "textDocument/codeAction":
                respond(id: id, result: try codeActions(params))
            default:
                respond(id: id, error: LSPError(code: .methodNotFound, message: "factlint does not handle '\(method)'"))
            }
        } catch {
            respond(id: id, error: error)
        }
    }

    private func handleNotification(method: String, params: JSONTree) {
        if method == "exit" {
            onExit(lifecycle == .shuttingDown ? 0 : 1)
            return
        }
        guard lifecycle == .running else { return }
        do throws(LSPError) {
            switch method {
            case "initialized": registerWatchers()
            case "textDocument/didOpen": try didOpen(params)
            case "textDocument/didChange": try didChange(params)
            case "textDocument/didSave": didSave(params)
            case "textDocument/didClose": didClose(params)
            case "workspace/didChangeWatchedFiles": reloadConfiguration()
            default: break  // $/cancelRequest, $/setTrace and others need nothing
            }
        } catch {
            log("\(method): \(error.message)")
        }
    }

    private func initialize(_ params: JSONTree) -> JSONTree {
        lifecycle = .running
        if let uri = params["rootUri"]?.stringValue, let path = DocumentURI.path(of: uri) {
            rootPath = path
        } else if let path = params["rootPath"]?.stringValue {
            rootPath = path
        }
        let initOptions = params["initializationOptions"]
        if let milliseconds = initOptions?["debounceMs"]?.intValue, milliseconds >= 0, milliseconds <= 10_000 {
            options.debounce = Double(milliseconds) / 1000
        }
        if let config = initOptions?["config"]?.stringValue, !config.isEmpty {
            options.configPath = config.hasPrefix("/") || rootPath == nil ? config : rootPath! + "/" + config
            resolver = ConfigurationResolver(explicit: options.configPath, rules: options.rules, options: options.readOptions)
        }
        watchersWanted = params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue == true
        return [
            "capabilities": [
                "positionEncoding": "utf-16",
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
            ],
            "serverInfo": ["name": "factlint", "version": .string(FactLintVersion.current)],
        ]
    }

    /// Asks the editor to report changes to configuration and rule files.
    private func registerWatchers() {
        guard watchersWanted else { return }
        let watchers: [JSONTree] = ["**/.factlint.yml", "**/*.yml", "**/*.yaml"].map { ["globPattern": .string($0)] }
        request(method: "client/registerCapability", params: [
            "registrations": [["id": "factlint-watch-configuration", "method": "workspace/didChangeWatchedFiles",
                               "registerOptions": ["watchers": .array(watchers)]]],
        ])
    }

    // MARK: Writing to the client

    func respond(id: JSONTree, result: JSONTree) {
        send(JSONTree.object(["jsonrpc": "2.0", "id": id, "result": result]).serialized())
    }

    func respond(id: JSONTree, error: LSPError) {
        send(JSONTree.object(["jsonrpc": "2.0", "id": id, "error": error.json]).serialized())
    }

    func notify(method: String, params: JSONTree) {
        send(JSONTree.object(["jsonrpc": "2.0", "method": .string(method), "params": params]).serialized())
    }

    func request(method: String, params: JSONTree) {
        let id = nextRequestID
        nextRequestID += 1
        send(JSONTree.object(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params]).serialized())
    }

    /// A message in the editor's log (`window/logMessage`, type 3: info).
    func log(_ message: String) {
        notify(method: "window/logMessage", params: ["type": 3, "message": .string("factlint: " + message)])
    }
}
