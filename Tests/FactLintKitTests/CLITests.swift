import FactLintKit
import Foundation
import Testing

/// End-to-end runs of the built `factlint` binary: exit codes, standard input and bad files.
@Suite("Command line")
struct CLITests {
    /// The binary sits beside the test bundle in the build folder.
    static let binary: URL = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("factlint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "factlint")
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                   stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// A fresh folder with the given files.
    static func folder(_ files: [String: [UInt8]]) throws -> URL {
        let root = ScratchFolders.make("factlint-cli")
        for (name, bytes) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    static let duplicate = Array("""
    ---
    title: T
    date: 2024-05-15
    ---

    The ferry will leave the harbour at nine o'clock tomorrow morning.

    The ferry will leave the harbour at nine o'clock tomorrow morning.

    """.utf8)
    static let clean = Array("Clean Story\n\nNothing here repeats itself at all.\n".utf8)

    @Test("exit 0 when clean, 1 at or above --fail-on, 0 below it")
    func exitCodes() throws {
        let dir = try Self.folder(["clean.txt": Self.clean, "dup.md": Self.duplicate])
        #expect(try Self.run(["lint", "clean.txt"], in: dir).status == 0)
        // duplicate-sentence is a warning: below the default --fail-on error.
        #expect(try Self.run(["lint", "dup.md"], in: dir).status == 0)
        let failing = try Self.run(["lint", "--fail-on", "warning", "dup.md"], in: dir)
        #expect(failing.status == 1)
        #expect(failing.stdout.hasPrefix("dup.md:8:1: warning: This sentence repeats the one on line 6 word for word [duplicate-sentence]\n"))
        // lint is the default subcommand.
        #expect(try Self.run(["--fail-on", "warning", "dup.md"], in: dir).status == 1)
    }

    @Test("exit 2 on a usage error, with a message")
    func usageErrors() throws {
        let bad = try Self.run(["lint", "--format", "xml", "x.md"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json', 'sarif', 'github' or 'junit'."))
        #expect(try Self.run(["lint"]).status == 2)
        #expect(try Self.run(["lint", "--published", "someday", "x.md"]).status == 2)
        let jobs = try Self.run(["lint", "--jobs", "0", "x.md"])
        #expect(jobs.status == 2)
        #expect(jobs.stderr.contains("--jobs is a number of files to lint at once, from 1 to 1024, not 0."))
    }

    /// Articles built from a seeded generator, so that most rules have something to find:
    /// weekdays that may not match, surnames spelt two ways, headline figures that may differ
    /// from the lede, pasted sentences.
    static func generatedCorpus(count: Int) -> [String: [UInt8]] {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let towns = ["Arden", "Bexley", "Corran", "Dunmore", "Elsworth", "Fenwick"]
        let firsts = ["Maria", "Tomas", "Aisha", "Pavel", "Grace", "Idris"]
        let lasts = ["Valdez", "Okafor", "Lindqvist", "Marchetti", "Haddad", "Novak"]
        let titles = ["Finance Minister", "Trade Minister", "Transport Minister"]
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        var files: [String: [UInt8]] = [:]
        for index in 0..<count {
            let town = towns[next(towns.count)]
            let (first, last) = (firsts[next(firsts.count)], lasts[next(lasts.count)])
            let variant = next(3) == 0 ? String(last.dropLast()) : last
            let day = 10 + next(15)
            let figure = 100 + next(400)
            let restated = next(3) == 0 ? figure + 50 : figure
            let pasted = next(4) == 0
            let headlineFigure = next(4) == 0 ? figure + 100 : figure
            let datelineDay = next(4) == 0 ? day + 7 : day + 2
            let (title, laterTitle) = (titles[next(titles.count)], titles[next(titles.count)])
            let sentence = "\(title) \(first) \(last) said on \(weekdays[next(weekdays.count)]), May \(day), 2024 that the harbour wall would cost \(figure) million dollars."
            var body = "---\ntitle: \(town.uppercased()) SETS \(headlineFigure) MLN DLR HARBOUR PLAN\ndate: 2024-05-\(day + 2)\n---\n\n"
            body += "\(town.uppercased()), May \(datelineDay) - " + sentence + "\n\n"
            body += "\(variant) said the work would start last month and take \(2 + next(5)) years, with \(restated) million dollars from the port.\n\n"
            body += "\(laterTitle) \(first) \(last) did not say when the money would arrive.\n\n"
            if pasted { body += sentence + "\n\n" }
            body += "The plan was first put forward in September 2022, when \(last) was \(40 + next(20)) years old.\n"
            files["story-\(String(index).count < 3 ? String(repeating: "0", count: 3 - String(index).count) + String(index) : String(index)).md"] = Array(body.utf8)
        }
        return files
    }

    @Test("the same report on every run, in separate processes, whatever --jobs: Samples and a generated corpus")
    func deterministicAcrossProcesses() throws {
        // Each process seeds Swift's hashing afresh, so Set and Dictionary order differ from run
        // to run; only separate processes show output that depends on it.
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples")
        let generated = try Self.folder(Self.generatedCorpus(count: 150))
        defer { try? FileManager.default.removeItem(at: generated) }
        for folder in [samples, generated] {
            let first = try Self.run(["lint", "--format", "json", "--jobs", "1", "."], in: folder)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
            let findings = try #require(report["findings"] as? [[String: Any]])
            // Enough different findings that an ordering slip would show.
            #expect(findings.count >= 10, "\(folder.lastPathComponent)")
            #expect(Set(findings.compactMap { $0["rule"] as? String }).count >= 6, "\(folder.lastPathComponent)")
            for jobs in ["2", "4", "8", "1"] {
                let again = try Self.run(["lint", "--format", "json", "--jobs", jobs, "."], in: folder)
                #expect(again.stdout == first.stdout, "--jobs \(jobs) in \(folder.lastPathComponent)")
                #expect(again.status == first.status)
            }
        }
    }

    @Test("--timings prints the phases, then the ten slowest rules, to standard error only")
    func timings() throws {
        let dir = try Self.folder(["dup.md": Self.duplicate])
        let plain = try Self.run(["lint", "dup.md"], in: dir)
        let timed = try Self.run(["lint", "--timings", "dup.md"], in: dir)
        #expect(timed.stdout == plain.stdout)
        let lines = timed.stderr.split(separator: "\n").map(String.init)
        #expect(lines.prefix(6).map { $0.split(separator: " ").first.map(String.init) ?? "" }
                == ["phase", "read", "parse", "facts", "rules", "report"])
        #expect(lines.dropFirst(6).first == "slowest rules (share of the rules phase):")
        let ruleLines = Array(lines.dropFirst(7))
        #expect(ruleLines.count == 10)
        let builtIn = Set(builtInRules.rules.map(\.id))
        for line in ruleLines {
            #expect(line.split(separator: " ").last.map { builtIn.contains(String($0)) } == true, "\(line)")
        }
    }

    @Test("--jobs 1 and --jobs 3 print the same report")
    func jobs() throws {
        let dir = try Self.folder(["clean.txt": Self.clean, "dup.md": Self.duplicate, "dup2.md": Self.duplicate, "dup3.md": Self.duplicate])
        let one = try Self.run(["lint", "--jobs", "1", "--fail-on", "warning", "."], in: dir)
        let three = try Self.run(["lint", "--jobs", "3", "--fail-on", "warning", "."], in: dir)
        #expect(one.status == 1)
        #expect(one.stdout == three.stdout)
        #expect(one.stdout.contains("dup3.md:8:1: warning: This sentence repeats the one on line 6 word for word [duplicate-sentence]"))
    }

    @Test("a missing or unreadable file is reported, exits 2, and the other files are still linted")
    func unreadable() throws {
        let dir = try Self.folder(["dup.md": Self.duplicate])
        let result = try Self.run(["lint", "--format", "json", "dup.md", "missing.md"], in: dir)
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["findings"] as? [Any])?.count == 1)
        let errors = try #require(json["errors"] as? [[String: Any]])
        #expect(errors.map { $0["path"] as? String } == ["missing.md"])
    }

    @Test("empty, binary and invalid UTF-8 files get a diagnostic and no crash")
    func strangeFiles() throws {
        let dir = try Self.folder([
            "empty.md": [],
            "binary.txt": [0x00, 0x01, 0x02, 0xFF, 0x00, 0x89, 0x50, 0x4E, 0x47],
            "latin1.txt": Array("Caf".utf8) + [0xE9] + Array(" Story\n\nThe caf".utf8) + [0xE9] + Array(" opened today.\n".utf8),
        ])
        let result = try Self.run(["lint", "--format", "json", "."], in: dir)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let warnings = try #require(json["warnings"] as? [[String: String]])
        #expect(warnings.map { "\($0["path"]!): \($0["message"]!)" } == [
            "binary.txt: the file contains NUL bytes; it may be binary rather than text",
            "binary.txt: the file is not valid UTF-8; invalid bytes were read as U+FFFD replacement characters",
            "empty.md: the file is empty; there was nothing to check",
            "latin1.txt: the file is not valid UTF-8; invalid bytes were read as U+FFFD replacement characters",
        ])
    }

    @Test("standard input is read with the name given by --stdin-name")
    func standardInput() throws {
        let text = String(decoding: Self.duplicate, as: UTF8.self)
        let result = try Self.run(["lint", "--fail-on", "warning", "--stdin-name", "draft.md", "-"], stdin: text)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("draft.md:8:1: warning:"))
    }

    @Test("facts prints the parse as JSON with the field names the eval reads")
    func facts() throws {
        let dir = try Self.folder(["a.txt": Array("Harbour Reopens\n\n15.05.2024 18:57\n\nIt reopened. Boats returned.\n".utf8)])
        let result = try Self.run(["facts", "--format", "json", "a.txt"], in: dir)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["headline"] as? String == "Harbour Reopens")
        #expect(file["published"] as? String == "2024-05-15")
        let sentences = try #require(file["sentences"] as? [[String: Any]])
        #expect(sentences.map { $0["text"] as? String } == ["Harbour Reopens", "It reopened.", "Boats returned."])
        #expect(sentences.last?["line"] as? Int == 5)
        #expect(sentences.last?["column"] as? Int == 14)
        #expect(sentences.last?["endColumn"] as? Int == 29)
    }

    @Test("a symlink loop is walked once")
    func symlinkLoop() throws {
        let dir = try Self.folder(["a/story.md": Self.clean])
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("a/loop").path, withDestinationPath: "..")
        let result = try Self.run(["lint", "--published", "2024-05-15", "."], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout == "1 file: 0 errors, 0 warnings, 0 info\n")
    }

    @Test("rules test runs the built-in examples")
    func rulesTest() throws {
        let result = try Self.run(["rules", "test"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ok    duplicate-sentence"))
    }

    @Test("rules test on a built-in rule's own file tests the file as it is on disk, in the built-in rule's place")
    func rulesTestBuiltInFile() throws {
        let source = try String(contentsOf: CompiledRulesTests.rulesDirectory.appendingPathComponent("dates/future-event.yml"), encoding: .utf8)
        let unchanged = try Self.folder(["future-event.yml": Array(source.utf8)])
        let passing = try Self.run(["rules", "test", "future-event.yml"], in: unchanged)
        #expect(passing.status == 0)
        #expect(passing.stderr == "")
        #expect(passing.stdout.hasPrefix("ok    future-event future-event.yml:1 ("))
        #expect(passing.stdout.hasSuffix("1 passed, 0 failed\n"))
        // An edit on disk is what is tested, not the rule compiled into the binary.
        let edited = source.replacingOccurrences(of: "is 182 days after", with: "is 183 days after")
        #expect(edited != source)
        let folder = try Self.folder(["future-event.yml": Array(edited.utf8)])
        let failing = try Self.run(["rules", "test", "future-event.yml"], in: folder)
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("FAIL  future-event future-event.yml:1\n"))
        #expect(failing.stdout.contains("183 days"))
        // The same under a folder named "Rules", as in a checkout of factlint: still read from disk.
        let checkout = try Self.folder(["Rules/dates/future-event.yml": Array(edited.utf8)])
        let inCheckout = try Self.run(["rules", "test", "Rules/dates/future-event.yml"], in: checkout)
        #expect(inCheckout.status == 1)
        #expect(inCheckout.stdout.contains("FAIL  future-event ./Rules/dates/future-event.yml:1\n"))
    }
}
