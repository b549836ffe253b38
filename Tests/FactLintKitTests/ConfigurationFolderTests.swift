@testable import FactLintKit
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
}
