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
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-cli-\(UUID().uuidString)")
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
        #expect(failing.stdout.hasPrefix("dup.md:7:1: warning: This sentence repeats the one on line 5 word for word [duplicate-sentence]\n"))
        // lint is the default subcommand.
        #expect(try Self.run(["--fail-on", "warning", "dup.md"], in: dir).status == 1)
    }

    @Test("exit 2 on a usage error, with a message")
    func usageErrors() throws {
        let bad = try Self.run(["lint", "--format", "xml", "x.md"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--format must be one of text, json, sarif, github, junit, not 'xml'."))
        #expect(try Self.run(["lint"]).status == 2)
        #expect(try Self.run(["lint", "--published", "someday", "x.md"]).status == 2)
        let jobs = try Self.run(["lint", "--jobs", "0", "x.md"])
        #expect(jobs.status == 2)
        #expect(jobs.stderr.contains("--jobs is a number of files to lint at once, from 1 to 1024, not 0."))
    }

    @Test("--jobs 1 and --jobs 3 print the same report")
    func jobs() throws {
        let dir = try Self.folder(["clean.txt": Self.clean, "dup.md": Self.duplicate, "dup2.md": Self.duplicate, "dup3.md": Self.duplicate])
        let one = try Self.run(["lint", "--jobs", "1", "--fail-on", "warning", "."], in: dir)
        let three = try Self.run(["lint", "--jobs", "3", "--fail-on", "warning", "."], in: dir)
        #expect(one.status == 1)
        #expect(one.stdout == three.stdout)
        #expect(one.stdout.contains("dup3.md:7:1: warning: This sentence repeats the one on line 5 word for word [duplicate-sentence]"))
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
        #expect(result.stdout.hasPrefix("draft.md:7:1: warning:"))
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
        let result = try Self.run(["lint", "."], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout == "1 file: 0 errors, 0 warnings, 0 info\n")
    }

    @Test("rules test runs the built-in examples")
    func rulesTest() throws {
        let result = try Self.run(["rules", "test"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ok    duplicate-sentence"))
    }
}
