import Foundation
import PackagePlugin

/// Runs `RuleEmbedder` over the package's top-level `Rules/` folder before `FactLintKit` compiles,
/// so the built-in rules and lexicons are part of the binary.
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesDirectory = context.package.directoryURL.appending(path: "Rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        // The folders are inputs too, so adding or removing a rule file rebuilds the embedded set.
        var inputs: [URL] = [URL(fileURLWithPath: rulesDirectory.path + "/", isDirectory: true)]
        if let walker = FileManager.default.enumerator(at: rulesDirectory, includingPropertiesForKeys: [.isDirectoryKey]) {
            for case let url as URL in walker {
                if ["yml", "yaml"].contains(url.pathExtension) {
                    inputs.append(url)
                } else if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                    inputs.append(URL(fileURLWithPath: url.path + "/", isDirectory: true))
                }
            }
        }
        inputs.sort { $0.path < $1.path }
        return [
            .buildCommand(
                displayName: "Embedding built-in rules from Rules/",
                executable: try context.tool(named: "RuleEmbedder").url,
                arguments: [rulesDirectory.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
