import FactLintKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `factlint-server` started for a test on a free loopback port (`--port 0`; the port is read
/// from its startup line), with its standard error (the access log) kept in a file.
final class ServerHarness {
    let process = Process()
    let port: Int
    let log: URL

    static let binary: URL = CLITests.binary.deletingLastPathComponent().appendingPathComponent("factlint-server")

    struct Failure: Error, CustomStringConvertible { var description: String }

    init(_ arguments: [String] = []) throws {
        log = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-server-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = Self.binary
        process.arguments = ["--port", "0"] + arguments
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while true {
            if let first = Self.lines(of: log).first, let line = try? JSONTree.parse(Array(first.utf8)), let port = line["port"]?.intValue {
                self.port = port
                break
            }
            guard process.isRunning else { throw Failure(description: "factlint-server exited: \(Self.lines(of: log))") }
            guard Date() < deadline else { throw Failure(description: "factlint-server did not start: \(Self.lines(of: log))") }
            usleep(20_000)
        }
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: log)
    }

    func logLines() -> [String] { Self.lines(of: log) }

    static func lines(of file: URL) -> [String] {
        (try? String(contentsOf: file, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    }

    /// Sends SIGTERM and waits for the process to end; returns its status.
    func stop() -> Int32 {
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        return process.terminationStatus
    }

    func post(_ path: String = "/v1/lint", json: JSONTree) throws -> HTTPReply {
        try HTTPReply.exchange(port: port, Array(("POST \(path) HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n").utf8), body: Array(json.serialized().utf8))
    }

    func post(_ path: String = "/v1/lint", raw body: [UInt8]) throws -> HTTPReply {
        try HTTPReply.exchange(port: port, Array(("POST \(path) HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n").utf8), body: body)
    }

    func get(_ path: String) throws -> HTTPReply {
        try HTTPReply.exchange(port: port, Array("GET \(path) HTTP/1.1\r\nHost: localhost\r\n".utf8), body: nil)
    }
}

/// An HTTP/1.1 answer read from a raw socket.
struct HTTPReply {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }
    var json: JSONTree? { try? JSONTree.parse(body) }

    /// Sends a request head (without its blank line) and body on a new connection, with
    /// `Connection: close`, and reads the answer to the end.
    static func exchange(port: Int, _ head: [UInt8], body: [UInt8]?) throws -> HTTPReply {
        let socket = try RawSocket(port: port)
        var request = head
        if let body { request += Array("Content-Length: \(body.count)\r\n".utf8) }
        request += Array("Connection: close\r\n\r\n".utf8)
        try socket.send(request + (body ?? []))
        return try parse(socket.readAll(timeout: 30))
    }

    static func parse(_ bytes: [UInt8]) throws -> HTTPReply {
        guard let end = (0..<max(0, bytes.count - 3)).first(where: { bytes[$0] == 0x0D && bytes[$0 + 1] == 0x0A && bytes[$0 + 2] == 0x0D && bytes[$0 + 3] == 0x0A }) else {
            throw ServerHarness.Failure(description: "no HTTP answer: \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
        let lines = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(bytes[(end + 4)...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return HTTPReply(status: status, headers: headers, body: body)
    }

    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = (index..<(bytes.count - 1)).first(where: { bytes[$0] == 0x0D && bytes[$0 + 1] == 0x0A }),
                  let size = Int(String(decoding: bytes[index..<lineEnd], as: UTF8.self), radix: 16), size > 0 else { break }
            output += bytes[(lineEnd + 2)..<min(bytes.count, lineEnd + 2 + size)]
            index = lineEnd + 2 + size + 2
        }
        return output
    }
}

/// A blocking TCP connection to the loopback address.
final class RawSocket {
    let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw ServerHarness.Failure(description: "cannot connect to port \(port): errno \(errno)")
        }
    }

    deinit { close(descriptor) }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw ServerHarness.Failure(description: "send failed: errno \(errno)") }
            offset += written
        }
    }

    /// Reads until the peer closes, or throws after `timeout` seconds.
    func readAll(timeout: Double) throws -> [UInt8] {
        var output: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw ServerHarness.Failure(description: "no end of answer within \(timeout) s: \(String(decoding: output, as: UTF8.self))") }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(remaining * 1000) + 1) > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return output }
            output += chunk[0..<count]
        }
    }
}
