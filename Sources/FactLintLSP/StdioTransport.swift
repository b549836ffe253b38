#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactLintKit

/// Connects a ``LanguageServer`` to file descriptors: frames are read from one on a thread of
/// their own and written to the other whole, one message at a time.
public final class StdioTransport: @unchecked Sendable {
    private let input: Int32
    private let output: Int32
    private let errors: Int32
    private let lock = Mutex()

    public init(input: Int32 = 0, output: Int32 = 1, errors: Int32 = 2) {
        self.input = input
        self.output = output
        self.errors = errors
    }

    /// Writes one framed message.
    public func send(_ body: String) {
        let frame = MessageFramer.frame(body)
        lock.withLock { writeAll(frame, to: output) }
    }

    /// Reads messages until the input ends, handing each to `server`. Blocks the calling thread.
    public func run(_ server: LanguageServer) {
        var framer = MessageFramer()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            for item in framer.append(buffer[0..<count]) {
                switch item {
                case let .message(body): server.receive(body)
                case let .badHeader(reason): writeAll(Array("factlint lsp: skipped \(reason)\n".utf8), to: errors)
                }
            }
        }
        server.inputEnded()
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
