import FactLintKit

/// An HTTP answer, independent of the server library that sends it.
public struct ServiceResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON body.
    public static func json(_ status: Int, _ text: String, headers: [(name: String, value: String)] = []) -> ServiceResponse {
        ServiceResponse(status: status, headers: [("Content-Type", "application/json; charset=utf-8")] + headers, body: Array(text.utf8))
    }

    /// An error as `{"error": {"status": 400, "message": "…", "field": "title"}}`: what is wrong,
    /// and which field of the request, when one is to blame.
    public static func error(_ status: Int, _ message: String, field: String? = nil,
                             headers: [(name: String, value: String)] = []) -> ServiceResponse {
        var error: [String: JSONTree] = ["status": .int(status), "message": .string(message)]
        if let field { error["field"] = .string(field) }
        return json(status, JSONTree.object(["error": .object(error)]).serialized() + "\n", headers: headers)
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
