import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Answers 408 and closes a connection whose client takes too long to send a request: its
/// headers (counted from the connection opening or the previous answer) or, once they are in,
/// its body. A slowloris client dribbling a byte every few seconds holds a connection no longer
/// than the limit. It sits after the HTTP decoder, so it sees whole heads, body parts and ends.
final class SlowClientGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private enum Phase { case awaitingHead, readingBody, answering }

    private let timeout: TimeAmount
    private var phase = Phase.awaitingHead
    private var timer: Scheduled<Void>?

    init(timeout: TimeAmount) {
        self.timeout = timeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { arm(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        arm(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarm()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        disarm()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            phase = .readingBody
            arm(context)
        case .body:
            break
        case .end:
            if phase == .readingBody {
                phase = .answering
                disarm()
            }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head:
            // An answer before the body is in (413, say) ends the wait for this request's body.
            phase = .answering
            disarm()
        case .body:
            break
        case .end:
            phase = .awaitingHead
            arm(context)
        }
        context.write(data, promise: promise)
    }

    private func arm(_ context: ChannelHandlerContext) {
        disarm()
        let loop = context.eventLoop.assumeIsolated()
        timer = loop.scheduleTask(in: timeout) { [self] in self.expire(context) }
    }

    private func disarm() {
        timer?.cancel()
        timer = nil
    }

    private func expire(_ context: ChannelHandlerContext) {
        timer = nil
        guard phase != .answering, context.channel.isActive else { return }
        let what = phase == .awaitingHead ? "its headers" : "its body"
        let seconds = timeout.nanoseconds / 1_000_000_000
        let body = "{\"error\":{\"message\":\"the client took more than \(seconds) s to send \(what)\",\"status\":408}}\n"
        var buffer = context.channel.allocator.buffer(capacity: body.utf8.count)
        buffer.writeString(body)
        let head = HTTPResponse(status: .requestTimeout, headerFields: [
            .contentType: "application/json; charset=utf-8", .contentLength: String(body.utf8.count), .connection: "close",
        ])
        phase = .answering
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(buffer)), promise: nil)
        let loop = context.eventLoop.assumeIsolated()
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
            _ = loop
            context.close(promise: nil)
        }
    }
}
