import Hummingbird
import NIOCore

/// The request context: Hummingbird's, plus the client's address for the access log.
struct ServerContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies are read by the lint route itself, against the service's own limit.
    var maxUploadSize: Int { .max }
}
