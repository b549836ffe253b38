@testable import FactLintKit
import Foundation
import Testing

@Suite("Configuration folders")
struct ConfigurationFolderTests {
    @Test("a path's folder is everything up to its last slash, by bytes, beyond ASCII too")
    func folders() {
        #expect(Configuration.directory(of: "/news/été/story.md") == "/news/été/")
        #expect(Configuration.directory(of: "/story.md") == "/")
        #expect(Configuration.directory(of: "story.md") == "")
        #expect(Configuration.directory(of: "a/b\u{301}/c") == "a/b\u{301}/")
    }

    @Test("every folder walked on the way to a configuration gets the same answer; a nearer one still wins")
    func walkedFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-folders-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["desk/wire/today", "desk/own"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try "version: 1\n".write(to: root.appendingPathComponent(".factlint.yml"), atomically: true, encoding: .utf8)
        try "version: 1\n".write(to: root.appendingPathComponent("desk/own/.factlint.yml"), atomically: true, encoding: .utf8)
        let resolver = ConfigurationResolver(explicit: nil)
        let top = root.appendingPathComponent(".factlint.yml").path
        #expect(resolver.configurationPath(for: root.appendingPathComponent("desk/wire/today/a.md").path) == top)
        // Answered from the folders the first walk passed through.
        #expect(resolver.configurationPath(for: root.appendingPathComponent("desk/wire/b.md").path) == top)
        #expect(resolver.configurationPath(for: root.appendingPathComponent("desk/c.md").path) == top)
        #expect(resolver.configurationPath(for: root.appendingPathComponent("desk/wire/today/d.md").path) == top)
        #expect(resolver.configurationPath(for: root.appendingPathComponent("desk/own/e.md").path)
            == root.appendingPathComponent("desk/own/.factlint.yml").path)
    }
}
