import FactLintKit
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `factlint-server` under bad input and pressure: each gets its status code, the service stays
/// up, and the next good request is answered correctly.
@Suite("HTTP service limits")
struct ServiceLimitsTests {
    static let good: JSONTree = ["published": "2024-05-15", "body": .string(ServiceTests.body)]

    /// The next good request gets the exact findings.
    static func answersCorrectly(_ server: ServerHarness) throws {
        let reply = try server.post(json: good)
        #expect(reply.status == 200)
        #expect(reply.json?["findings"] == [ServiceTests.mismatch])
    }

    /// A long article of distinct sentences (about `kilobytes` KB), for work that takes time.
    static func longArticle(kilobytes: Int) -> String {
        var text = ""
        var index = 0
        let places = ["harbour", "depot", "station", "market", "bridge", "library", "school", "clinic"]
        while text.utf8.count < kilobytes * 1000 {
            text += "Crews inspected the \(places[index % places.count]) number \(index) on the north side of town before noon. "
            if index % 5 == 4 { text += "\n\n" }
            index += 1
        }
        return text
    }

    @Test("an oversized body gets 413, declared or chunked; the next request is answered")
    func oversized() throws {
        let server = try ServerHarness(["--max-body-size", "1000"])
        let declared = try server.post(raw: Array(repeating: 0x20, count: 1001))
        #expect(declared.status == 413)
        #expect(declared.json?["error"]?["message"] == "1001 bytes is more than the 1000-byte limit; raise it with --max-body-size")
        // Chunked, so the size is known only while reading.
        let socket = try RawSocket(port: server.port)
        let chunk = Array(String(repeating: " ", count: 600).utf8)
        try socket.send(Array("POST /v1/lint HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".utf8))
        for _ in 0..<2 { try socket.send(Array("258\r\n".utf8) + chunk + Array("\r\n".utf8)) }
        try socket.send(Array("0\r\n\r\n".utf8))
        let chunked = try HTTPReply.parse(socket.readAll(timeout: 30))
        #expect(chunked.status == 413)
        #expect(chunked.json?["error"]?["message"] == "the request body is more than the 1000-byte limit; raise it with --max-body-size")
        try Self.answersCorrectly(server)
    }

    @Test("invalid UTF-8 and JSON nested 100,000 deep get 400; the service stays up")
    func hostileBodies() throws {
        let server = try ServerHarness()
        let invalid = try server.post(raw: Array("{\"body\": \"caf".utf8) + [0xC3, 0x28] + Array("\"}".utf8))
        #expect(invalid.status == 400)
        #expect(invalid.json?["error"]?["message"] == "the request body is not valid UTF-8 (byte 13 is 0xC3); send the article as UTF-8 JSON")
        let deep = try server.post(raw: Array(String(repeating: "[", count: 100_000).utf8))
        #expect(deep.status == 400)
        #expect(deep.json?["error"]?["message"] == "the request body is not valid JSON: JSON nested more than 256 deep (line 1, column 257)")
        let truncated = try server.post(raw: Array("{\"body\": \"unfinished".utf8))
        #expect(truncated.status == 400)
        try Self.answersCorrectly(server)
    }

    @Test("a slowloris client gets 408 and is disconnected, in the headers and in the body")
    func slowClients() throws {
        let server = try ServerHarness(["--read-timeout", "1"])
        // Headers dribbled a byte at a time, more slowly than the limit allows.
        let slow = try RawSocket(port: server.port)
        let start = Date()
        try slow.send(Array("POST /v1/lint HTTP/1.1\r\nHost: x\r\n".utf8))
        var sent = 0
        while Date().timeIntervalSince(start) < 3 {
            usleep(200_000)
            guard (try? slow.send([UInt8(ascii: "X")])) != nil else { break }
            sent += 1
        }
        let reply = try HTTPReply.parse(slow.readAll(timeout: 10))
        #expect(reply.status == 408)
        #expect(reply.json?["error"]?["message"] == "the client took more than 1 s to send its headers")
        #expect(reply.headers["connection"] == "close")
        #expect(sent < 14)

        // A body that never finishes.
        let stalled = try RawSocket(port: server.port)
        try stalled.send(Array("POST /v1/lint HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"body\": ".utf8))
        let body = try HTTPReply.parse(stalled.readAll(timeout: 10))
        #expect(body.status == 408)
        #expect(body.json?["error"]?["message"] == "the client took more than 1 s to send its body")
        try Self.answersCorrectly(server)
    }

    @Test("more requests than --max-concurrent get 503 with Retry-After; the rest are answered; none fail otherwise")
    func flood() throws {
        // A generous time limit, so every 503 here is the concurrency limit's, even on a busy machine.
        let server = try ServerHarness(["--max-concurrent", "2", "--workers", "1", "--time-limit", "120"])
        let article: JSONTree = ["published": "2024-05-15", "body": .string(Self.longArticle(kilobytes: 60))]
        let replies = ReplyBox()
        let port = server.port
        let request = Array(article.serialized().utf8)
        var threads: [Thread] = []
        for _ in 0..<40 {
            let thread = Thread {
                let head = Array("POST /v1/lint HTTP/1.1\r\nHost: localhost\r\n".utf8)
                replies.add((try? HTTPReply.exchange(port: port, head, body: request)).map { ($0.status, $0.headers["retry-after"], $0.json?["error"]?["message"]) })
            }
            threads.append(thread)
        }
        threads.forEach { $0.start() }
        let deadline = Date().addingTimeInterval(120)
        while replies.count < threads.count, Date() < deadline { usleep(50_000) }
        let all = replies.values
        #expect(all.count == 40)
        #expect(all.allSatisfy { $0 != nil }, "every connection got an answer")
        let answered = all.compactMap { $0 }
        #expect(answered.allSatisfy { $0.0 == 200 || $0.0 == 503 })
        #expect(answered.contains { $0.0 == 200 })
        let refused = answered.filter { $0.0 == 503 }
        #expect(!refused.isEmpty)
        #expect(refused.allSatisfy { $0.1 == "1" && $0.2 == "the service is checking 2 articles already; try again in a second" })
        try Self.answersCorrectly(server)
    }

    @Test("an article that takes longer than --time-limit gets 503 with the reason")
    func timeLimit() throws {
        let server = try ServerHarness(["--time-limit", "0.001"])
        let reply = try server.post(json: ["published": "2024-05-15", "body": .string(Self.longArticle(kilobytes: 200))])
        #expect(reply.status == 503)
        #expect(reply.headers["retry-after"] == "1")
        #expect(reply.json?["error"]?["message"] == "checking this article took longer than the 0.001 s limit; try again, or send a shorter text")
    }

    @Test("SIGTERM lets the request in flight finish, then the server exits 0")
    func gracefulShutdown() throws {
        let server = try ServerHarness()
        let body = Array(Self.good.serialized().utf8)
        let socket = try RawSocket(port: server.port)
        try socket.send(Array("POST /v1/lint HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n".utf8) + body[0..<20])
        usleep(300_000)
        kill(server.process.processIdentifier, SIGTERM)
        usleep(300_000)
        #expect(server.process.isRunning, "the server waits for the request in flight")
        try socket.send(Array(body[20...]))
        let reply = try HTTPReply.parse(socket.readAll(timeout: 30))
        #expect(reply.status == 200)
        #expect(reply.json?["findings"] == [ServiceTests.mismatch])
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus == 0)
        #expect(server.logLines().last == "{\"event\":\"stopped\"}")
    }
}

/// Answers collected from many threads.
final class ReplyBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(Int, String?, JSONTree?)?] = []

    func add(_ item: (Int, String?, JSONTree?)?) { lock.withLock { items.append(item) } }
    var count: Int { lock.withLock { items.count } }
    var values: [(Int, String?, JSONTree?)?] { lock.withLock { items } }
}
