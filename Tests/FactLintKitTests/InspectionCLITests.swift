import FactLintKit
import Foundation
import Testing

/// The inspection commands see what `lint` sees: the nearest `.factlint.yml` (or `--config`)
/// and its house rules, shown with their source file.
@Suite("Inspecting house rules")
struct InspectionCLITests {
    static let slammed = """
    id: house-slammed
    severity: warning
    check: pattern
    pattern: "{person} (slammed|blasted)"
    message: "'{match}': say what {person} did"
    suggest: "{person} criticised"
    description: Tabloid verbs for criticism are not house style.
    examples:
      invalid:
        - text: "Council leader Amara Okafor spoke first. «Okafor slammed» the budget."
      valid:
        - text: "Council leader Amara Okafor spoke first. Okafor criticised the budget."

    """

    static let story = "Budget Row\n\nCouncil leader Amara Okafor spoke first. Okafor slammed the budget.\n"

    /// A newsroom folder: `.factlint.yml` loading `house/`, one house rule and one story.
    static func newsroom(config: String = "version: 1\nrules: [house/]\n", extra: [String: [UInt8]] = [:]) throws -> URL {
        var files: [String: [UInt8]] = [
            ".factlint.yml": Array(config.utf8),
            "house/slammed.yml": Array(slammed.utf8),
            "story.txt": Array(story.utf8),
        ]
        for (name, bytes) in extra { files[name] = bytes }
        return try CLITests.folder(files)
    }

    @Test("explain shows a house rule of the .factlint.yml in the current folder, with its file and line")
    func explainHouseRule() throws {
        let dir = try Self.newsroom()
        let result = try CLITests.run(["explain", "house-slammed"], in: dir)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
        house-slammed (warning, check: pattern)

        Tabloid verbs for criticism are not house style.

        Message: '{match}': say what {person} did
        Suggests: {person} criticised
        Defined in: house/slammed.yml:1
        Status: on

        Fires on:
            Council leader Amara Okafor spoke first. «Okafor slammed» the budget.

        Does not fire on:
            Council leader Amara Okafor spoke first. Okafor criticised the budget.

        """)
    }

    @Test("explain --config reads the given configuration; an unknown id gets a suggestion and exit 2 without usage text")
    func explainWithConfig() throws {
        let dir = try Self.newsroom()
        let elsewhere = try CLITests.folder(["x.txt": Array("x".utf8)])
        let result = try CLITests.run(["explain", "--config", dir.appendingPathComponent(".factlint.yml").path, "house-slammed"], in: elsewhere)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("house-slammed (warning, check: pattern)\n"))
        let wrong = try CLITests.run(["explain", "house-slamed"], in: dir)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.hasPrefix("error: there is no rule 'house-slamed'. Did you mean 'house-slammed'? Rules: "))
        #expect(!wrong.stderr.contains("Usage"))
        let missing = try CLITests.run(["explain", "--config", "nowhere.yml", "house-slammed"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: --config 'nowhere.yml' does not exist.\n")
        let lint = try CLITests.run(["lint", "--config", "nowhere.yml", "story.txt"], in: dir)
        #expect(lint.status == 2)
        #expect(lint.stderr == "error: --config 'nowhere.yml' does not exist.\n")
    }

    @Test("rules list shows house rules with their file and whether each is on")
    func rulesList() throws {
        let dir = try Self.newsroom(config: "version: 1\nrules: [house/]\ndisable: [name-variant]\n")
        let result = try CLITests.run(["rules", "list"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.contains("house-slammed  warning  pattern  house/slammed.yml:1\n    Tabloid verbs for criticism are not house style.\n"))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // Built-in severities may change; the status is what is tested here.
        #expect(lines.first { $0.hasPrefix("name-variant ") }?.hasSuffix("  name-spelling  (off: disabled in .factlint.yml)") == true)
        #expect(lines.first { $0.hasPrefix("first-reference ") }?.hasSuffix("  first-reference  (off by default; turn it on with 'enable: [first-reference]' in .factlint.yml)") == true)
        #expect(result.stdout.hasSuffix("\nConfiguration: .factlint.yml\n"))
        let json = try CLITests.run(["rules", "list", "--format", "json"], in: dir)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let house = try #require(rules.first { $0["id"] as? String == "house-slammed" })
        #expect(house["source"] as? String == "house/slammed.yml")
        #expect(house["builtIn"] as? Bool == false)
        #expect(house["status"] as? String == "on")
    }

    @Test("a bare rules test runs the house rules' examples too; rules show is explain")
    func rulesTestAndShow() throws {
        let dir = try Self.newsroom()
        let result = try CLITests.run(["rules", "test"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.contains("ok    house-slammed house/slammed.yml:1 (2 examples)\n"))
        #expect(result.stdout.contains("ok    duplicate-sentence ("))
        let show = try CLITests.run(["rules", "show", "house-slammed"], in: dir)
        #expect(show.stdout == (try CLITests.run(["explain", "house-slammed"], in: dir)).stdout)
    }

    @Test("rules test takes rule ids: the named rules' examples alone, built-in or house; an unknown name is an error")
    func rulesTestByID() throws {
        let dir = try Self.newsroom()
        let result = try CLITests.run(["rules", "test", "house-slammed", "dateline-mismatch"], in: dir)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("ok    dateline-mismatch ("))
        #expect(lines[1] == "ok    house-slammed house/slammed.yml:1 (2 examples)")
        let unknown = try CLITests.run(["rules", "test", "house-slamed"], in: dir)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: 'house-slamed' is neither a file nor a rule id; `factlint rules list` shows the rules.\n")
    }

    @Test("the command SARIF's help text gives for a house rule works from the same folder")
    func sarifHelpCommandWorks() throws {
        let dir = try Self.newsroom()
        let lint = try CLITests.run(["lint", "--format", "sarif", "story.txt"], in: dir)
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [String: Any])
        let driver = try #require(((sarif["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rule = try #require((driver["rules"] as? [[String: Any]])?.first { $0["id"] as? String == "house-slammed" })
        let help = try #require((rule["help"] as? [String: Any])?["text"] as? String)
        let command = try #require(help.components(separatedBy: "`").dropFirst().first)
        #expect(command == "factlint explain house-slammed")
        let explained = try CLITests.run(Array(command.split(separator: " ").dropFirst().map(String.init)), in: dir)
        #expect(explained.status == 0)
        #expect(explained.stdout.hasPrefix("house-slammed (warning, check: pattern)"))
    }

    @Test("rules validate with no path checks the configuration and its rule files")
    func validateConfiguration() throws {
        let dir = try Self.newsroom(config: "version: 1\nrules: [house/]\nenable: [house-slamed]\n")
        let result = try CLITests.run(["rules", "validate"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr == ".factlint.yml:3:10: error: there is no rule or tag named 'house-slamed' (in 'enable'). Did you mean 'house-slammed'?\n")
        #expect(result.stdout == "1 rule read, 1 problem\n")
    }

    @Test("rules validate with no path and no configuration says what to give")
    func validateWithoutConfiguration() throws {
        let dir = try CLITests.folder(["a.txt": Array("x".utf8)])
        let result = try CLITests.run(["rules", "validate"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr == "error: there is no .factlint.yml here or in a folder above; name rule files or folders, or give --config.\n")
    }

    @Test("facts reads with the configuration: its date-order decides 05/06/2024")
    func factsHonoursConfiguration() throws {
        let page = Array("Harbour Reopens\n\n05/06/2024 10:00\n\nIt reopened today.\n".utf8)
        let dir = try CLITests.folder([".factlint.yml": Array("version: 1\ndate-order: DMY\n".utf8), "news/a.txt": page, "other.txt": page])
        func published(_ arguments: [String]) throws -> String? {
            let result = try CLITests.run(["facts", "--format", "json"] + arguments, in: dir)
            #expect(result.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return (json["files"] as? [[String: Any]])?.first?["published"] as? String
        }
        #expect(try published(["news/a.txt"]) == "2024-06-05")
        let bare = try CLITests.folder(["a.txt": page, "mdy.yml": Array("version: 1\n".utf8)])
        let result = try CLITests.run(["facts", "--format", "json", "--config", "mdy.yml", "a.txt"], in: bare)
        #expect(result.stdout.contains("\"published\": \"2024-05-06\""))
        let broken = try CLITests.run(["facts", "--config", "mdy.yml", "a.txt"], in: try CLITests.folder(["a.txt": page, "mdy.yml": Array("version: 2\n".utf8)]))
        #expect(broken.status == 2)
        #expect(broken.stderr == "mdy.yml:1:10: error: only 'version: 1' is known, not '2'\n")
    }

    @Test("--format and --fail-on list their values in --help")
    func enumsInHelp() throws {
        let help = try CLITests.run(["lint", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
            .split(separator: " ").joined(separator: " ")
        #expect(help.contains("(values: text, json, sarif, github, junit; default: text)"))
        #expect(help.contains("(values: error, warning, info)"))
        #expect(help.contains("--verbose"))
    }
}
