import Testing

/// `lint` and `facts` command lines are parsed with the subcommand as the root (a fifth of a
/// one-article run went to building the whole command tree); help, versions, other
/// subcommands and every usage error still go through the full parser, and say `factlint …`.
@Suite("Command line: direct parsing")
struct DirectParseCLITests {
    @Test("help for lint and facts names the full command, however it is asked for")
    func help() throws {
        for arguments in [["help", "lint"], ["lint", "--help"], ["lint", "-h"], ["--help"]] {
            let run = try CLITests.run(arguments)
            #expect(run.status == 0, "\(arguments)")
            #expect(run.stdout.contains("factlint"), "\(arguments)")
        }
        #expect(try CLITests.run(["lint", "--help"]).stdout.contains("USAGE: factlint lint "))
        #expect(try CLITests.run(["facts", "--help"]).stdout.contains("USAGE: factlint facts "))
        #expect(try CLITests.run(["--help"]).stdout.contains("SUBCOMMANDS:"))
    }

    @Test("--version is the root command's")
    func version() throws {
        let run = try CLITests.run(["--version"])
        #expect(run.status == 0)
        #expect(!run.stdout.isEmpty && !run.stdout.contains("Error"))
    }

    @Test("usage errors show the full command's usage line")
    func usageErrors() throws {
        let lint = try CLITests.run(["lint", "--format", "xml", "x.md"])
        #expect(lint.status == 2)
        #expect(lint.stderr.contains("See 'factlint lint --help' for more information."))
        let implicit = try CLITests.run(["--format", "xml", "x.md"])
        #expect(implicit.status == 2)
        #expect(implicit.stderr.contains("The value 'xml' is invalid for '--format <format>'"))
        let facts = try CLITests.run(["facts", "--format", "xml", "x.md"])
        #expect(facts.status == 2)
        #expect(facts.stderr.contains("See 'factlint facts --help' for more information."))
        let unknown = try CLITests.run(["lint", "--no-such-flag", "x.md"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Unknown option '--no-such-flag'"))
    }

    @Test("other subcommands and 'help' are not read as paths to lint")
    func subcommands() throws {
        let list = try CLITests.run(["rules", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("duplicate-sentence"))
        let explain = try CLITests.run(["explain", "duplicate-sentence"])
        #expect(explain.status == 0)
        #expect(explain.stdout.contains("duplicate-sentence"))
        #expect(!explain.stderr.contains("does not exist"))
    }

    @Test("lint and facts run the same with and without the subcommand named")
    func sameRun() throws {
        let dir = try CLITests.folder(["dup.md": CLITests.duplicate])
        let named = try CLITests.run(["lint", "--format", "json", "dup.md"], in: dir)
        let implicit = try CLITests.run(["--format", "json", "dup.md"], in: dir)
        #expect(named.status == 0 && implicit.status == 0)
        #expect(named.stdout == implicit.stdout)
        #expect(named.stdout.contains("\"rule\": \"duplicate-sentence\""))
        let facts = try CLITests.run(["facts", "--format", "json", "dup.md"], in: dir)
        #expect(facts.status == 0)
        #expect(facts.stdout.contains("The ferry will leave the harbour"))
    }
}
