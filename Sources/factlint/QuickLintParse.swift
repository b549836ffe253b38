import FactLintKit

/// Reads a common `lint` command line straight into ``LintSettings``, without ArgumentParser:
/// its parse of even the subcommand alone walks every option's property wrapper through runtime
/// metadata, which was a quarter of the instructions of linting one article.
///
/// Only a line the full parser would read the same way is taken: long options with their value
/// (`--format json`, `--format=json`), the three flags, and paths. Anything else (help,
/// versions, short or unknown options, an option word beyond ASCII, a value after `=` that is
/// empty or one in the next argument that starts with `-`, `--`, an option given
/// twice, a value the full parser would turn down, any failed check) returns nil, and the full
/// parser reads the line and says what is wrong in its own words. `QuickLintParseTests` holds
/// the two readings equal.
enum QuickLintParse {
    /// The settings the arguments (without the program name) ask for, or nil for the full parser.
    static func settings(_ arguments: [String]) -> LintSettings? {
        var rest = arguments[...]
        switch rest.first {
        case "lint": rest.removeFirst()
        case let first? where !DirectParse.isSubcommandName(first): break
        default: return nil
        }
        var settings = LintSettings()
        var seen: Set<String> = []
        while let argument = rest.popFirst() {
            guard argument.utf8.first == UInt8(ascii: "-"), argument != "-" else {
                // "help" as a path is where the full parser may see a help request.
                if argument == "help" { return nil }
                settings.input.paths.append(argument)
                continue
            }
            // ArgumentParser finds the `=` among Characters, where a mark after it joins it to
            // another; an option beyond ASCII is left to it.
            guard argument.hasPrefix("--"), argument.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            var name = argument
            var value: String?
            if let equals = argument.utf8.firstIndex(of: UInt8(ascii: "=")) {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
                // The full parser reads `--config=` as `--config` and takes the next argument.
                if value == "" { return nil }
            }
            if name != "--map" {
                guard seen.insert(name).inserted else { return nil }
            }
            if isFlag(name) {
                guard value == nil else { return nil }
                guard set(flag: name, in: &settings) else { return nil }
                continue
            }
            if value == nil {
                guard let next = rest.popFirst(), next.utf8.first != UInt8(ascii: "-") else { return nil }
                value = next
            }
            guard let value, set(option: name, to: value, in: &settings) else { return nil }
        }
        return settings.problem() == nil ? settings : nil
    }

    private static func isFlag(_ name: String) -> Bool {
        name == "--quiet" || name == "--verbose" || name == "--timings"
    }

    private static func set(flag name: String, in settings: inout LintSettings) -> Bool {
        switch name {
        case "--quiet": settings.quiet = true
        case "--verbose": settings.verbose = true
        case "--timings": settings.timings = true
        default: return false
        }
        return true
    }

    /// Sets one option as the full parser would (enums by their raw value, numbers by `Int.init`);
    /// false for an unknown option or a value it would turn down.
    private static func set(option name: String, to value: String, in settings: inout LintSettings) -> Bool {
        switch name {
        case "--format":
            guard let format = ReportFormat(rawValue: value) else { return false }
            settings.format = format
        case "--input": settings.inputKind = value
        case "--fail-on":
            guard let severity = Severity(rawValue: value) else { return false }
            settings.failOn = severity
        case "--color":
            guard let color = LintSettings.ColorChoice(rawValue: value) else { return false }
            settings.color = color
        case "--jobs":
            guard let jobs = Int(value) else { return false }
            settings.jobs = jobs
        case "--config": settings.config = value
        case "--roster": settings.roster = value
        case "--baseline": settings.baseline = value
        case "--write-baseline": settings.writeBaseline = value
        case "--stdin-name": settings.input.stdinName = value
        case "--published": settings.input.published = value
        case "--date-order": settings.input.dateOrder = value
        case "--max-file-size":
            guard let size = Int(value) else { return false }
            settings.input.maxFileSize = size
        case "--map": settings.input.map.append(value)
        default: return false
        }
        return true
    }
}
