import FactLintKit

/// A JSON-RPC error answered to a request.
public struct LSPError: Error, Sendable, Hashable {
    public enum Code: Int, Sendable {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case serverNotInitialized = -32002
        case requestCancelled = -32800
    }

    public var code: Code
    public var message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    var json: JSONTree { ["code": .int(code.rawValue), "message": .string(message)] }
}
