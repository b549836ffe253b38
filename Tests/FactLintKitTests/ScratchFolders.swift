import Foundation

/// Folders the tests write to, removed when the test process exits, so a run leaves nothing in
/// the temporary directory. A test that needs its folder gone sooner removes it itself.
enum ScratchFolders {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var made: [URL] = []
    nonisolated(unsafe) private static var registered = false

    /// A new, not yet created folder under the temporary directory, named with `prefix`.
    static func make(_ prefix: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        lock.lock()
        defer { lock.unlock() }
        made.append(url)
        if !registered {
            registered = true
            atexit { ScratchFolders.removeAll() }
        }
        return url
    }

    private static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for url in made { try? FileManager.default.removeItem(at: url) }
        made = []
    }
}
