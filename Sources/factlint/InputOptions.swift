import ArgumentParser
import FactLintKit

/// Options shared by the commands that read articles.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or folders to read. Folders are searched for .md, .markdown, .txt, .html, .htm, .json (CMS exports) and .jsonl files. Use - for standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("stdin-name"), help: ArgumentHelp("The path to show for standard input, which also picks its format by suffix.", valueName: "path"))
    var stdinName: String = InputSettings().stdinName

    @Option(help: ArgumentHelp("Use this publication date instead of the one in the files (2024-05-15, or 2024-05-15T18:57).", valueName: "date"))
    var published: String?

    @Option(name: .customLong("date-order"), help: ArgumentHelp("How to read all-numeric dates such as 05/06/2024 when either reading is possible: MDY or DMY. Default: the configuration's date-order, else MDY.", valueName: "order"))
    var dateOrder: String?

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("Skip, with an error, any article longer than this many megabytes; 0 reads any size. Memory grows with article length.", valueName: "MB"))
    var maxFileSize: Int = InputSettings().maxFileSize

    @Option(name: .customLong("map"), help: ArgumentHelp("Name a JSON export's fields: PART=FIELD pairs for title, date, body and id, like title=headline,body=content.raw (dotted names reach into objects). Tried before the standard names.", valueName: "pairs"))
    var map: [String] = []

    /// The values, for the commands to use.
    var settings: InputSettings {
        InputSettings(paths: paths, stdinName: stdinName, published: published, dateOrder: dateOrder, maxFileSize: maxFileSize, map: map)
    }

    func validate() throws {
        if let problem = settings.problem() { throw ValidationError(problem) }
    }
}
