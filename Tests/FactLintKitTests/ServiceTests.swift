import FactLintKit
import Foundation
import Testing

/// `factlint-server` answering real HTTP on a loopback port: the endpoints, their JSON, and the
/// 400s that name the field at fault.
@Suite("HTTP service")
struct ServiceTests {
    /// "Zoë Ñúñez 👩‍🍳 opened the café on " is 33 Unicode scalars (👩‍🍳 is three): columns count scalars, as in
    /// `factlint lint --format json`.
    static let body = "Zoë Ñúñez 👩‍🍳 opened the café on Friday, May 9, and the queue ran round the block.\n"

    static let mismatch: JSONTree = [
        "path": "body", "rule": "weekday-mismatch", "severity": "error",
        "message": "'Friday' does not match May 9, 2024, a Thursday",
        "line": 1, "column": 34, "endLine": 1, "endColumn": 47, "related": [], "evidence": [],
    ]

    static func summary(findings: Int, errors: Int, warnings: Int = 0) -> JSONTree {
        ["files": 1, "findings": .int(findings), "errors": .int(errors), "warnings": .int(warnings), "info": 0, "unreadable": 0,
         "hiddenByBaseline": 0]
    }

    @Test("POST /v1/lint answers the findings JSON of --format json, located in the body")
    func lint() throws {
        let server = try ServerHarness()
        let reply = try server.post(json: ["title": "Café opens", "published": "2024-05-15", "format": "markdown", "body": .string(Self.body)])
        #expect(reply.status == 200)
        #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
        #expect(reply.json == ["version": 1, "findings": [Self.mismatch], "errors": [], "warnings": [], "notes": [],
                               "summary": Self.summary(findings: 1, errors: 1)])

        // Plain text, a later line: lines count in the body.
        let text = try server.post(json: ["published": "2024-05-15", "format": "text", "body": .string("First line of the story.\n\n" + Self.body)])
        #expect(text.json?["findings"]?.arrayValue?.map { [$0["line"], $0["column"]] } == [[3, 34]])
        // HTML: the body of a CMS post.
        let html = try server.post(json: ["published": "2024-05-15", "format": "html", "body": .string("<p>Intro paragraph here.</p>\n<p>" + Self.body + "</p>")])
        #expect(html.json?["findings"]?.arrayValue?.map { [$0["rule"], $0["line"], $0["column"]] } == [["weekday-mismatch", 2, 37]])
        // Without a publication date there is no year to check the weekday against.
        let undated = try server.post(json: ["body": .string(Self.body)])
        #expect(undated.json?["findings"] == [])
    }

    @Test("the title is the headline: the other side of a conflict with it is located in 'title', line 1")
    func title() throws {
        let server = try ServerHarness()
        let reply = try server.post(json: [
            "title": "Fourteen miners rescued after two days underground in Kaldér", "published": "2023-10-04", "format": "text",
            "body": "Rescue teams brought 12 miners to the surface early on Wednesday, two days after a tunnel collapse trapped them underground.\n",
        ])
        let findings = reply.json?["findings"]?.arrayValue ?? []
        #expect(findings.map { [$0["path"], $0["rule"], $0["line"], $0["column"]] } == [["body", "number-conflict", 1, 22]])
        #expect(findings.first?["related"]?.arrayValue?.map { [$0["path"], $0["line"], $0["column"]] } == [["title", 1, 1]])
    }

    @Test("a CMS post (WordPress fields) is read as the export reader reads it, located in its fields")
    func cmsPost() throws {
        let server = try ServerHarness()
        let reply = try server.post(json: [
            "id": 123, "slug": "cafe-opens", "status": "draft", "date_gmt": "2024-05-15T09:00:00",
            "title": ["rendered": "Caf&eacute; opens"],
            "content": ["rendered": .string("<p>Intro paragraph here.</p>\n<p>" + Self.body + "</p>")],
        ])
        #expect(reply.status == 200)
        #expect(reply.json?["warnings"] == [])
        #expect(reply.json?["findings"]?.arrayValue?.map { [$0["path"], $0["rule"], $0["line"], $0["column"]] } == [["body", "weekday-mismatch", 2, 37]])
    }

    @Test("a request's config switches rules on and off; one that names files, or is broken, is a 400 on 'config'")
    func requestConfiguration() throws {
        let server = try ServerHarness()
        let off = try server.post(json: ["published": "2024-05-15", "body": .string(Self.body), "config": "disable: [weekday-mismatch]"])
        #expect(off.status == 200)
        #expect(off.json?["findings"] == [])
        // A JSON object works as well as YAML text.
        let object = try server.post(json: ["published": "2024-05-15", "body": .string(Self.body), "config": ["severity": ["weekday-mismatch": "warning"]]])
        #expect(object.json?["findings"]?.arrayValue?.map { $0["severity"] } == ["warning"])

        let unknown = try server.post(json: ["body": "x", "config": "disable: [weekday-mismatc]"])
        #expect(unknown.status == 400)
        #expect(unknown.json == ["error": ["status": 400, "field": "config",
                                            "message": "'config' line 1, column 11: there is no rule or tag named 'weekday-mismatc' (in 'disable'). Did you mean 'weekday-mismatch'?"]])
        let files = try server.post(json: ["body": "x", "config": "rules: [/etc/]"])
        #expect(files.status == 400)
        #expect(files.json?["error"]?["message"] == "'config' may not set 'rules': a request cannot name files on the server; put house rules and rosters in the service's --config")
        let broken = try server.post(json: ["body": "x", "config": "disable: [a\nenable: b"])
        #expect(broken.status == 400)
        #expect(broken.json?["error"]?["field"] == "config")
        #expect(broken.json?["error"]?["message"]?.stringValue?.hasPrefix("'config' line ") == true)
        // The service is still up and answers the next good request.
        #expect(try server.post(json: ["published": "2024-05-15", "body": .string(Self.body)]).json?["findings"] == [Self.mismatch])
    }

    @Test("malformed requests: 400 with a message naming the field")
    func badRequests() throws {
        let server = try ServerHarness()
        func error(_ body: [UInt8]) throws -> JSONTree? {
            let reply = try server.post(raw: body)
            #expect(reply.status == 400)
            return reply.json?["error"]
        }
        #expect(try error(Array("{\"body\": \"x\",}".utf8)) == ["status": 400, "message": "the request body is not valid JSON: an object key must be a string in double quotes (line 1, column 14)"])
        #expect(try error(Array("[1, 2]".utf8))?["message"] == "the request body must be a JSON object like {\"title\": …, \"body\": …}, not an array")
        #expect(try error(Array("{\"title\": \"x\"}".utf8)) == ["status": 400, "field": "body", "message": "'body' is missing: send the article's text as a string (or a CMS post with 'content')"])
        #expect(try error(Array("{\"body\": \"x\", \"title\": 7}".utf8)) == ["status": 400, "field": "title", "message": "'title' must be a string, not a number"])
        #expect(try error(Array("{\"body\": \"x\", \"format\": \"pdf\"}".utf8)) == ["status": 400, "field": "format", "message": "'format' must be markdown, text or html, not 'pdf'"])
        #expect(try error(Array("{\"body\": \"x\", \"published\": \"soon\"}".utf8))?["field"] == "published")
        #expect(try error(Array("{\"body\": \"x\", \"config\": 3}".utf8))?["message"] == "'config' must be .factlint.yml text or a JSON object, not a number")
        // A field it does not know is a warning in the answer, with a suggestion.
        let typo = try server.post(json: ["body": "x", "titel": "Oops"])
        #expect(typo.status == 200)
        #expect(typo.json?["warnings"] == [["path": "request", "message": "the field 'titel' was ignored; did you mean 'title'?"]])
    }

    @Test("GET /v1/rules lists the rules in effect; GET /healthz reports health; GET / serves the page")
    func otherEndpoints() throws {
        let server = try ServerHarness()
        let rules = try server.get("/v1/rules")
        #expect(rules.status == 200)
        let weekday = rules.json?["rules"]?.arrayValue?.first { $0["id"] == "weekday-mismatch" }
        #expect(weekday?["severity"] == "error")
        #expect(weekday?["check"] == "weekday-date")
        #expect(weekday?["tags"] == ["dates"])
        let health = try server.get("/healthz")
        #expect(health.status == 200)
        #expect(health.json?["status"] == "ok")
        #expect(health.json?["version"] == .string(FactLintVersion.current))
        let page = try server.get("/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains("<textarea id=\"article\""))
        #expect(try server.get("/page.js").headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(try server.get("/nowhere").status == 404)
        // One JSON line per request on standard error.
        let lines = server.logLines().compactMap { try? JSONTree.parse(Array($0.utf8)) }.filter { $0["path"] != nil }
        #expect(lines.map { [$0["method"], $0["path"], $0["status"]] } == [
            ["GET", "/v1/rules", 200], ["GET", "/healthz", 200], ["GET", "/", 200], ["GET", "/page.js", 200], ["GET", "/nowhere", 404],
        ])
        #expect(lines.allSatisfy { $0["remote"] == "127.0.0.1" && $0["ms"] != nil && $0["time"] != nil })
    }

    @Test("--config applies to every request; a broken --config stops the server from starting")
    func serverConfiguration() throws {
        let folder = try CLITests.folder([".factlint.yml": Array("version: 1\nseverity: {weekday-mismatch: warning}\n".utf8),
                                          "broken.yml": Array("version: 1\ndisable: [nothing-like-this]\n".utf8)])
        let server = try ServerHarness(["--config", folder.appendingPathComponent(".factlint.yml").path])
        let reply = try server.post(json: ["published": "2024-05-15", "body": .string(Self.body)])
        #expect(reply.json?["findings"]?.arrayValue?.map { $0["severity"] } == ["warning"])
        #expect(throws: ServerHarness.Failure.self) { try ServerHarness(["--config", folder.appendingPathComponent("broken.yml").path]) }
    }
}
