import FactLintKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Baselines say what they did, fail-on comes from the configuration too, JUnit agrees with the
/// exit status, and a long line is excerpted around the span.
@Suite("Report policy")
struct ReportPolicyTests {
    static let slammedTwice = "Budget Row\n\nCouncil leader Amara Okafor spoke first. Okafor slammed the budget. Later Okafor blasted the plan.\n"

    @Test("--write-baseline says what it wrote and exits 0; --baseline says how many it hid")
    func baselineMessages() throws {
        let dir = try InspectionCLITests.newsroom(config: "version: 1\nrules: [house/]\nfail-on: warning\n",
                                                  extra: ["story.txt": Array(Self.slammedTwice.utf8)])
        let written = try CLITests.run(["lint", "--write-baseline", "known.json", "story.txt"], in: dir)
        #expect(written.status == 0)
        #expect(written.stderr == "Wrote 2 findings in 1 file to known.json; lint with --baseline known.json to see only new ones.\n")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("known.json"))) as? [[String: String]])
        #expect(entries.map { $0["text"]! } == ["Okafor blasted", "Okafor slammed"])
        let hidden = try CLITests.run(["lint", "--published", "2024-05-15", "--baseline", "known.json", "story.txt"], in: dir)
        #expect(hidden.status == 0)
        #expect(hidden.stderr == "The baseline known.json hid 2 findings it records (of 2).\n")
        #expect(hidden.stdout == "1 file: 0 errors, 0 warnings, 0 info\n")
        let json = try CLITests.run(["lint", "--format", "json", "--baseline", "known.json", "story.txt"], in: dir)
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["summary"] as? [String: Int])
        #expect(summary["hiddenByBaseline"] == 2)
    }

    @Test("fail-on in .factlint.yml sets the exit status; --fail-on on the command line wins")
    func failOnInConfiguration() throws {
        let warning = try InspectionCLITests.newsroom(config: "version: 1\nrules: [house/]\nfail-on: warning\n")
        #expect(try CLITests.run(["lint", "story.txt"], in: warning).status == 1)
        #expect(try CLITests.run(["lint", "--fail-on", "error", "story.txt"], in: warning).status == 0)
        let plain = try InspectionCLITests.newsroom()
        #expect(try CLITests.run(["lint", "story.txt"], in: plain).status == 0)
        #expect(try CLITests.run(["lint", "--fail-on", "warning", "story.txt"], in: plain).status == 1)
        let quiet = try CLITests.run(["lint", "--quiet", "story.txt"], in: warning)
        #expect(quiet.stdout.hasPrefix("story.txt:3:42: warning: 'Okafor slammed': say what Okafor did [house-slammed]\n"))
    }

    @Test("JUnit fails a test case only at or above --fail-on")
    func junitThreshold() throws {
        let dir = try InspectionCLITests.newsroom()
        for (failOn, failures) in [("error", 0), ("warning", 1)] {
            let result = try CLITests.run(["lint", "--format", "junit", "--fail-on", failOn, "story.txt"], in: dir)
            _ = try XMLDocument(xmlString: result.stdout)
            #expect(result.stdout.contains("<testsuites name=\"factlint\" tests=\"1\" failures=\"\(failures)\" errors=\"0\">"))
            #expect(result.stdout.contains(failures == 0 ? "<system-out>story.txt:3:42: warning:" : "<failure type=\"warning\""))
            #expect(result.status == Int32(failures))
        }
    }

    @Test("a long line is excerpted as a window of about 100 characters around the span")
    func excerptWindow() throws {
        let filler = String(repeating: "The committee met again and talked at length about the harbour. ", count: 15)
        let text = "Long Story\n\n" + filler + "Council leader Amara Okafor spoke first. Okafor slammed the budget. " + filler + "\n"
        let rule = try #require(RuleLoader().load(yaml: InspectionCLITests.slammed, file: "s.yml").rules.first)
        let linter = Linter(rules: [rule])
        let file = linter.lint(bytes: Array(text.utf8), path: "long.txt")
        let output = TextReporter().render(LintReport(files: [file], rules: linter.descriptors))
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "long.txt:3:1002: warning: 'Okafor slammed': say what Okafor did [house-slammed]")
        // 100 characters: 43 before the 14-character span, 43 after, '…' where the line is cut.
        #expect(lines[1] == "    …. Council leader Amara Okafor spoke first. Okafor slammed the budget. The committee met again and ta…")
        #expect(lines[2] == "     " + String(repeating: " ", count: 43) + "^~~~~~~~~~~~~~")
        #expect(lines[1].unicodeScalars.count <= 4 + TextReporter.excerptWidth + 2)
    }

    @Test("a short line is shown whole")
    func shortLineWhole() {
        #expect(TextReporter.window(count: 80, spanStart: 70, spanEnd: 75) == 0..<80)
        #expect(TextReporter.window(count: 1000, spanStart: 0, spanEnd: 5) == 0..<100)
        #expect(TextReporter.window(count: 1000, spanStart: 995, spanEnd: 1000) == 900..<1000)
        #expect(TextReporter.window(count: 1000, spanStart: 100, spanEnd: 600) == 80..<180)
    }

    @Test("--verbose prints the evidence on the command line")
    func verboseFlag() throws {
        let dir = try InspectionCLITests.newsroom()
        let result = try CLITests.run(["lint", "--verbose", "--published", "2024-05-15", "story.txt"], in: dir)
        #expect(result.stdout == """
        story.txt:3:42: warning: 'Okafor slammed': say what Okafor did [house-slammed]
            Council leader Amara Okafor spoke first. Okafor slammed the budget.
                                                     ^~~~~~~~~~~~~~
            evidence: match 'Okafor slammed' at 3:42
            evidence: person 'Okafor' at 3:42
        story.txt:3:42: help: Replace 'Okafor slammed' with 'Okafor criticised'
        1 file: 0 errors, 1 warning, 0 info

        """)
    }
}
