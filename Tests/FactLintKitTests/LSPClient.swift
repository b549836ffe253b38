import FactLintKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drives `factlint lsp` as an editor does: a child process, JSON-RPC frames written to its
/// standard input and read from its standard output, each read with a time limit so a server that
/// stays silent fails the test instead of hanging it.
final class LSPClient {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer: [UInt8] = []
    private var nextID = 1
    /// Notifications read while waiting for something else.
    private(set) var received: [JSONTree] = []

    init(arguments: [String] = [], directory: URL? = nil) throws {
        process.executableURL = CLITests.binary
        process.arguments = ["lsp"] + arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Writes one frame, exactly as an editor writes it.
    func write(_ message: JSONTree) {
        let body = Array(message.serialized().utf8)
        input.fileHandleForWriting.write(Data(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body))
    }

    /// Writes raw bytes (for malformed input).
    func writeRaw(_ bytes: [UInt8]) {
        input.fileHandleForWriting.write(Data(bytes))
    }

    func notify(_ method: String, _ params: JSONTree) {
        write(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    /// Sends a request and waits for its response.
    func request(_ method: String, _ params: JSONTree = .null, timeout: Double = 10) throws -> JSONTree {
        let id = nextID
        nextID += 1
        write(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
        return try next(timeout: timeout) { $0["id"]?.intValue == id && $0["method"] == nil }
    }

    /// The next publishDiagnostics for `uri`.
    func diagnostics(for uri: String, timeout: Double = 10) throws -> JSONTree {
        try next(timeout: timeout) {
            $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri
        }["params"]!
    }

    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    /// The next message that `matches`, keeping the others in ``received``.
    func next(timeout: Double, where matches: (JSONTree) -> Bool) throws -> JSONTree {
        if let index = received.firstIndex(where: matches) { return received.remove(at: index) }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            while let message = try frame() {
                if matches(message) { return message }
                received.append(message)
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw Timeout(description: "no matching message within \(timeout) s; received \(received.map { $0.serialized() })") }
            var poller = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(remaining * 1000) + 1) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { read(poller.fd, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Timeout(description: "the server closed its output; received \(received.map { $0.serialized() })") }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    /// Takes one complete frame off the buffer.
    private func frame() throws -> JSONTree? {
        let separator: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A]
        guard let end = (0..<max(0, buffer.count - 3)).first(where: { Array(buffer[$0..<($0 + 4)]) == separator }) else { return nil }
        let header = String(decoding: buffer[0..<end], as: UTF8.self)
        guard header.hasPrefix("Content-Length: "), let length = Int(header.dropFirst("Content-Length: ".count)) else {
            throw Timeout(description: "a frame without Content-Length: \(header)")
        }
        guard buffer.count >= end + 4 + length else { return nil }
        let body = Array(buffer[(end + 4)..<(end + 4 + length)])
        buffer.removeSubrange(0..<(end + 4 + length))
        return try JSONTree.parse(body)
    }

    /// Initializes the server with a workspace folder.
    func initialize(root: URL, options: JSONTree = .null) throws -> JSONTree {
        let result = try request("initialize", [
            "processId": .null, "rootUri": .string(root.absoluteURL.absoluteString),
            "capabilities": [:], "initializationOptions": options,
        ])
        notify("initialized", [:])
        return result
    }

    /// Shuts the server down as an editor does and returns its exit status.
    func shutdown() throws -> Int32 {
        _ = try request("shutdown")
        notify("exit", .null)
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// An LSP range literal.
func lspRange(_ line: Int, _ start: Int, _ endLine: Int, _ end: Int) -> JSONTree {
    ["start": ["line": .int(line), "character": .int(start)], "end": ["line": .int(endLine), "character": .int(end)]]
}
