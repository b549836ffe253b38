import FactLintKit
import Hummingbird
#if canImport(Glibc)
import Glibc
#endif

/// One JSON line per request on standard error:
/// `{"time":"2026-05-15T18:57:03.120Z","method":"POST","path":"/v1/lint","status":200,"ms":3.41,"in":5120,"out":918,"remote":"127.0.0.1"}`.
struct AccessLog: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = PhaseTimings.now()
        do {
            let response = try await next(request, context)
            Self.write(request, context: context, status: Int(response.status.code), bytesOut: response.body.contentLength, start: start)
            return response
        } catch let error as any HTTPResponseError {
            Self.write(request, context: context, status: Int(error.status.code), bytesOut: nil, start: start)
            throw error
        } catch {
            Self.write(request, context: context, status: 500, bytesOut: nil, start: start)
            throw error
        }
    }

    static func write(_ request: Request, context: Context, status: Int, bytesOut: Int?, start: Double) {
        let milliseconds = (PhaseTimings.now() - start) * 1000
        var line: [String: JSONTree] = [
            "time": .string(Self.timestamp()),
            "method": .string(request.method.rawValue),
            "path": .string(request.uri.path),
            "status": .int(status),
            "ms": .number((milliseconds * 100).rounded() / 100),
        ]
        if let length = request.headers[.contentLength].flatMap({ Int($0) }) { line["in"] = .int(length) }
        if let bytesOut { line["out"] = .int(bytesOut) }
        if let remote = context.remoteAddress { line["remote"] = .string(remote) }
        writeStandardError(JSONTree.object(line).serialized())
    }

    /// UTC, to the millisecond.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(now.tv_nsec / 1_000_000), 3))Z"
    }
}

/// Writes one line to standard error in a single call, so lines from several threads do not mix.
func writeStandardError(_ text: String) {
    let bytes = Array((text.hasSuffix("\n") ? text : text + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
    }
}
