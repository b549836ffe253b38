/// JSON-RPC messages over a byte stream, framed as the Language Server Protocol frames them:
/// `Content-Length: N\r\n` (other headers allowed), a blank line, then N bytes of JSON.
public struct MessageFramer: Sendable {
    /// What came out of the stream: a message body, or a header the framer could not read
    /// (after which it resynchronises on the next header).
    public enum Item: Sendable, Equatable {
        case message([UInt8])
        case badHeader(String)
    }

    /// A header block longer than this is not a header.
    static let maximumHeaderBytes = 8_192
    /// The largest message accepted: an editor sends whole documents, and factlint reads
    /// articles up to a few megabytes.
    public static let maximumMessageBytes = 64_000_000

    private var buffer: [UInt8] = []
    private var start = 0

    public init() {}

    /// Adds bytes read from the stream and returns every message now complete.
    public mutating func append(_ bytes: some Sequence<UInt8>) -> [Item] {
        buffer.append(contentsOf: bytes)
        var items: [Item] = []
        while let item = next() { items.append(item) }
        if start > 0, start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        return items
    }

    private mutating func next() -> Item? {
        guard let headerEnd = findHeaderEnd() else {
            if buffer.count - start > Self.maximumHeaderBytes {
                start = buffer.count
                return .badHeader("a header block longer than \(Self.maximumHeaderBytes) bytes")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(inSet: " \t")
            if name == "content-length" { length = Int(value) }
        }
        let bodyStart = headerEnd + 4
        guard let length, length >= 0, length <= Self.maximumMessageBytes else {
            start = bodyStart
            return .badHeader("a message without a valid Content-Length: \(header.debugDescription)")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        start = bodyStart + length
        return .message(body)
    }

    /// The offset of the `\r\n\r\n` that ends the next header block.
    private func findHeaderEnd() -> Int? {
        var index = start
        let limit = min(buffer.count, start + Self.maximumHeaderBytes + 4)
        while index + 3 < limit {
            if buffer[index] == 0x0D, buffer[index + 1] == 0x0A, buffer[index + 2] == 0x0D, buffer[index + 3] == 0x0A { return index }
            index += 1
        }
        return nil
    }

    /// One message framed for the stream.
    public static func frame(_ body: String) -> [UInt8] {
        let bytes = Array(body.utf8)
        return Array("Content-Length: \(bytes.count)\r\n\r\n".utf8) + bytes
    }
}

extension Substring {
    func trimmingCharacters(inSet characters: String) -> String {
        var text = self
        while let first = text.first, characters.contains(first) { text = text.dropFirst() }
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
