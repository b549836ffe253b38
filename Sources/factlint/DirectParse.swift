import ArgumentParser

/// Parses `lint` and `facts` command lines with the subcommand as the root, skipping the
/// command tree: ArgumentParser builds the argument sets of every subcommand through runtime
/// metadata to find the default one, which was a fifth of the instructions of linting one
/// article. Anything that does not parse cleanly this way (help, `--version`, completion
/// scripts, other subcommands, every usage error) is left to ``FactlintCommand``, so its
/// messages and usage lines are the full parser's.
enum DirectParse {
    /// The command the arguments (without the program name) ask for, or nil for the full parser.
    static func command(_ arguments: [String]) -> ParsableCommand? {
        var rest = arguments
        let type: ParsableCommand.Type
        switch rest.first {
        case "lint":
            type = LintCommand.self
            rest.removeFirst()
        case "facts":
            type = FactsCommand.self
            rest.removeFirst()
        case let first? where !isSubcommandName(first):
            // `factlint PATH…`: lint is the default subcommand.
            type = LintCommand.self
        default:
            return nil
        }
        // A help request comes back as ArgumentParser's own help command, which would print the
        // subcommand's help as if it were the root: leave it to the full parser too.
        guard let command = try? type.parseAsRoot(rest), Swift.type(of: command) == type else { return nil }
        return command
    }

    /// Words the full parser reads as a subcommand in the first place, where `lint` would take a path.
    static func isSubcommandName(_ word: String) -> Bool {
        word == "help" || FactlintCommand.configuration.subcommands.contains { $0.configuration.commandName == word }
    }
}
