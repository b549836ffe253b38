import FactLintService
import HTTPTypes
import Hummingbird
import NIOCore

/// The service's endpoints.
enum Routes {
    static func router(service: LintService) -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: AccessLog())
        router.get("/") { _, _ in asset(PackageResources.index_html, type: "text/html; charset=utf-8") }
        router.get("/page.css") { _, _ in asset(PackageResources.page_css, type: "text/css; charset=utf-8") }
        router.get("/page.js") { _, _ in asset(PackageResources.page_js, type: "text/javascript; charset=utf-8") }
        router.get("/healthz") { _, _ in response(service.health()) }
        router.get("/v1/rules") { _, _ in response(service.rules()) }
        router.post("/v1/lint") { request, _ in
            let limit = service.limits.maxBodyBytes
            if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
                return response(service.tooLarge(declared))
            }
            var request = request
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: limit)
            } catch is NIOTooManyBytesError {
                return response(service.tooLarge(nil))
            }
            return response(await service.lint(Array(body.readableBytesView)))
        }
        return router
    }

    static func response(_ answer: ServiceResponse) -> Response {
        var fields = HTTPFields()
        for header in answer.headers {
            if let name = HTTPField.Name(header.name) { fields[name] = header.value }
        }
        return Response(status: HTTPResponse.Status(code: answer.status), headers: fields,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    static func asset(_ bytes: [UInt8], type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
