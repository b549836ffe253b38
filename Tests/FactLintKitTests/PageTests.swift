import FactLintKit
import Foundation
import Testing

/// The page at `/` in headless Chromium: paste an article, see the findings listed and their
/// spans marked, click one to see the other side. Needs Debian's `chromium` (`.ci/run` installs
/// it); without it the test is skipped and says why.
@Suite("HTTP service page")
struct PageTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Browser/check-page.py")

    /// Where the screenshot is kept: beside the built binaries, in `artifacts/`.
    static let artifacts = CLITests.binary.deletingLastPathComponent().appendingPathComponent("artifacts")

    /// An article written for this test, with an emoji and accents before the spans.
    static let article = """
    Negotiators for the ferry company and the crews' union met on Friday, May 9, in Portsmouth 🚢.

    Union leader Zoë Müller, 54, said the talks had gone well. "We are closer than we were," she said.

    The company's chief executive, André Lefèvre, said an agreement could come within weeks.

    Müller, 56, said the crews would not strike before June.

    """

    @Test("paste an article: findings listed, spans marked, the other side shown on click; screenshot kept",
          .enabled(if: chromium != nil, "chromium is not installed (apt-get install chromium); the page test is skipped"))
    func page() throws {
        let server = try ServerHarness()
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-page-\(UUID().uuidString).md")
        try Data(Self.article.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let screenshot = Self.artifacts.appendingPathComponent("factlint-server-page.png")
        try? FileManager.default.removeItem(at: screenshot)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script.path, "http://127.0.0.1:\(server.port)/", screenshot.path, input.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let seen = try JSONTree.parse(Array(data))

        // The date (an error) and the age conflict (a warning until measured on real copy), listed in order; the second is selected by the click and
        // shows where the other age is.
        #expect(seen["findings"] == [
            ["classes": "error", "where": "error · weekday-mismatchline 1, column 63",
             "message": "'Friday' does not match May 9, 2024, a Thursday", "others": []],
            ["classes": "warning selected", "where": "warning · age-conflictline 7, column 9",
             "message": "Zoë Müller is 56 here, but 54 on line 3",
             "others": ["Zoë Müller is 54 here: 54 (line 3, column 26)"]],
        ])
        // Marked in the text: both findings, the selected one active, its other side in violet.
        #expect(seen["marks"] == [
            ["text": "Friday, May 9", "classes": "finding error"],
            ["text": "54", "classes": "finding other"],
            ["text": "56", "classes": "finding warning active"],
        ])
        #expect(seen["status"]?.stringValue?.hasPrefix("1 error, 1 warning (checked in ") == true)
        // The screenshot is a PNG.
        let png = try Data(contentsOf: screenshot)
        #expect(png.count > 10_000)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }
}
