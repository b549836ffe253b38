import CompiledYAML
import Foundation
import Testing
import Yams
@testable import FactLintKit

/// The built-in rules and lexicons are compiled at build time (RuleEmbedder); the YAML under
/// Rules/ stays the source. These tests hold the compiled form to what Yams reads from it.
@Suite("Compiled built-in rules")
struct CompiledRulesTests {
    static let rulesDirectory = testsDirectory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")

    /// Every YAML file under Rules/, as `Rules/…` paths and texts, sorted by path.
    static func filesOnDisk() throws -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        let walker = FileManager.default.enumerator(at: rulesDirectory, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard ["yml", "yaml"].contains(url.pathExtension) else { continue }
            let path = "Rules/" + url.path.dropFirst(rulesDirectory.path.count + 1)
            files.append((path, try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test("every built-in file is compiled as Yams reads its YAML now, byte for byte")
    func compiledBytesMatchTheYAML() throws {
        let files = try Self.filesOnDisk()
        #expect(!files.isEmpty)
        for file in files {
            let fromYAML = try YAMLEncoding.compile(yaml: file.text)
            #expect(BuiltInRuleFiles.compiledBytes(of: file.path) == fromYAML,
                    "\(file.path) differs from its compiled form: build again (after adding or removing a file, `touch Package.swift`)")
        }
    }

    @Test("the built-in rules read from the compiled form are the rules read from the YAML")
    func rulesMatchTheYAML() throws {
        var fromYAML = RuleSet()
        for file in try Self.filesOnDisk() where !file.path.hasPrefix("Rules/lexicons/") {
            fromYAML.add(yaml: file.text, file: file.path)
        }
        let compiled = RuleSet.builtIn()
        #expect(compiled.problems == fromYAML.problems)
        #expect(compiled.problems.isEmpty)
        #expect(compiled.rules.map(\.id) == fromYAML.rules.map(\.id))
        #expect(compiled.rules.count > 10)
        for (rule, expected) in zip(compiled.rules, fromYAML.rules) {
            // A built-in rule reads its examples when first asked for them.
            #expect(rule.deferredExamples != nil && expected.deferredExamples == nil, "\(rule.id)")
            #expect(!rule.examples.isEmpty, "\(rule.id)")
            #expect(rule.examples == expected.examples, "\(rule.id)")
            // Every field, the configured check's included, as the runtime prints it.
            #expect(Self.reflecting(rule) == Self.reflecting(expected), "\(rule.id)")
        }
        #expect(compiled.lexicons == fromYAML.lexicons)
    }

    @Test("a configuration's parameters override a compiled rule as they override one read from YAML")
    func overridesMatch() throws {
        let (configuration, problems) = Configuration.parse(yaml: "parameters:\n  duplicate-sentence:\n    min-words: 12\n", path: "c.yml")
        #expect(problems.isEmpty)
        var fromYAML = RuleSet()
        for file in try Self.filesOnDisk() where !file.path.hasPrefix("Rules/lexicons/") {
            fromYAML.add(yaml: file.text, file: file.path)
        }
        let compiled = RuleSet.builtIn().withRules(of: configuration)
        let expected = fromYAML.withRules(of: configuration)
        let rule = try #require(compiled.rule("duplicate-sentence"))
        #expect(Self.reflecting(rule) == Self.reflecting(try #require(expected.rule("duplicate-sentence"))))
        #expect(String(reflecting: rule.check).contains("12"))
        #expect(!String(reflecting: try #require(RuleSet.builtIn().rule("duplicate-sentence")).check).contains("12"))
        #expect(compiled.problems == expected.problems)
    }

    @Test("the built-in lexicons read from the compiled form are the lexicons read from the YAML")
    func lexiconsMatchTheYAML() throws {
        var fromYAML = LexiconSet()
        for file in try Self.filesOnDisk() where file.path.hasPrefix("Rules/lexicons/") {
            for lexicon in try LexiconSet.parse(yaml: file.text, source: file.path) { fromYAML.add(lexicon) }
        }
        let compiled = LexiconSet.builtIn
        #expect(compiled.lexicons == fromYAML.lexicons)
        #expect(compiled.bits == fromYAML.bits)
        #expect(compiled.classesBySpelling == fromYAML.classesBySpelling)
        #expect(compiled.lexicons.count > 20)
    }

    @Test("every node of every built-in file reads as Yams's own node does")
    func nodesReadAsYams() throws {
        for file in try Self.filesOnDisk() {
            let yams = try YAMLEncoding.parse(yaml: file.text)
            let compiled = BuiltInRuleFiles.bytes.documents(at: try #require(EmbeddedRules.files.first { $0.path == file.path }).range.lowerBound)
            #expect(yams.count == compiled.count, "\(file.path)")
            for (node, read) in zip(yams, compiled) { Self.expectSame(node, read, file.path) }
            try Self.expectSameYAML(file.text, compiled, file.path)
        }
    }

    @Test("an alias bomb in a house rule or lexicon file is refused with a message, not expanded")
    func aliasBomb() {
        // Ten levels of nine aliases each: 81 aliases that name 9^10 nodes.
        var bomb = "lexicon: bomb\nl0: &l0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            bomb += "l\(level): &l\(level) [\(Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", "))]\n"
        }
        let loaded = RuleLoader().load(yaml: bomb.replacingOccurrences(of: "lexicon: bomb\n", with: ""), file: "bomb.yml")
        #expect(loaded.rules.isEmpty)
        #expect(loaded.problems.map(\.description) == ["bomb.yml:1:1: error: the file was not read: its aliases ('*name') expand it to more than 1024 KiB"])
        var set = RuleSet()
        set.add(yaml: bomb, file: "house.yml")
        #expect(set.lexicons.isEmpty)
        #expect(set.problems.map(\.description).contains("house.yml:1:1: error: its aliases ('*name') expand it to more than 1024 KiB"))
    }

    @Test("typed values, nulls, quoting, tags and positions read as Yams reads them")
    func scalarsReadAsYams() throws {
        let yaml = """
        plain: word
        quoted-true: 'true'
        double-quoted: "yes"
        yes-word: Yes
        off: OFF
        tilde: ~
        null-word: Null
        empty:
        empty-quoted: ''
        hex: 0x1F
        underscored: 1_000
        sexagesimal: 1:30
        octal: 0o17
        negative: -12
        float: -.5e3
        infinity: .Inf
        not-a-number: .nan
        word-inf: inf
        tagged: !!str 12
        flow: [a, 'b', {c: d}]
        block:
          - été à 10 h
          - "tab\\there"
        folded: >
          two
          lines
        literal: |
          kept
          lines
        ---
        second document
        """
        let yams = try YAMLEncoding.parse(yaml: yaml)
        let compiled = YAMLBytes(try YAMLEncoding.compile(yaml: yaml)).documents()
        #expect(yams.count == 2 && compiled.count == 2)
        for (node, read) in zip(yams, compiled) { Self.expectSame(node, read, "inline") }
        try Self.expectSameYAML(yaml, compiled, "inline")
        let mapping = try #require(compiled.first?.mapping)
        #expect(mapping["quoted-true"]?.bool == nil)
        #expect(mapping["yes-word"]?.bool == true)
        #expect(mapping["hex"]?.int == 31)
        #expect(mapping["empty"]?.null != nil)
        #expect(mapping["empty-quoted"]?.null == nil)
        #expect(mapping["tagged"]?.int == 12)
        #expect(mapping["block"]?.sequence?.first?.mark == YAMLMark(line: 22, column: 5))
        #expect(mapping["missing"] == nil)
    }

    /// The compiled document written back as YAML is the document Yams writes (a separate parse:
    /// serialising resolves Yams's tags in place).
    static func expectSameYAML(_ yaml: String, _ compiled: [YAMLNode], _ where: String) throws {
        let fresh = try YAMLEncoding.parse(yaml: yaml)
        #expect(fresh.count == compiled.count, "\(`where`)")
        for (node, read) in zip(fresh, compiled) {
            #expect((try? Yams.serialize(node: read.yamsNode)) == (try? Yams.serialize(node: node)), "\(`where`)")
        }
    }

    /// A rule as the runtime prints it, with its examples read (a deferred rule holds them
    /// compiled) and the members of every set in sorted order (a set's order differs from one
    /// instance to the next).
    static func reflecting(_ rule: Rule) -> String {
        var read = rule
        read.examples = rule.examples
        return sortingSets(String(reflecting: read))
    }

    /// `Set([b, a])` written as `Set([a, b])`, at any depth.
    static func sortingSets(_ text: String) -> String {
        let chars = Array(text)
        let opener = Array("Set([")
        var out = ""
        var index = 0
        while index < chars.count {
            guard index + opener.count <= chars.count, Array(chars[index..<(index + opener.count)]) == opener else {
                out.append(chars[index])
                index += 1
                continue
            }
            // The members: split at top-level commas up to the matching "])".
            var depth = 0, inString = false, member = "", members: [String] = []
            var cursor = index + opener.count
            while cursor < chars.count {
                let char = chars[cursor]
                if inString {
                    if char == "\\" { member.append(char); cursor += 1; if cursor < chars.count { member.append(chars[cursor]) }; cursor += 1; continue }
                    if char == "\"" { inString = false }
                } else if char == "\"" {
                    inString = true
                } else if "([{".contains(char) {
                    depth += 1
                } else if ")]}".contains(char) {
                    if depth == 0 { break }
                    depth -= 1
                } else if char == ",", depth == 0 {
                    members.append(member.trimmingCharacters(in: .whitespaces))
                    member = ""
                    cursor += 1
                    continue
                }
                member.append(char)
                cursor += 1
            }
            if !member.trimmingCharacters(in: .whitespaces).isEmpty { members.append(member.trimmingCharacters(in: .whitespaces)) }
            out += "Set([" + members.map(sortingSets).sorted().joined(separator: ", ")
            index = cursor
        }
        return out
    }

    /// Compares a Yams node with the compiled node read in place, all the way down. Yams's
    /// typed values depend on tags it resolves (and writes back) when a node is serialised, so
    /// the node must not have been serialised; ``expectSameYAML(_:_:_:)`` compares the text.
    static func expectSame(_ node: Node, _ read: YAMLNode, _ where: String) {
        let place = "\(`where`) \(node.mark.map { "\($0.line):\($0.column)" } ?? "?")"
        #expect(read.mark?.line == node.mark?.line && read.mark?.column == node.mark?.column, "\(place)")
        #expect(read.string == node.string, "\(place)")
        #expect(read.bool == node.bool, "\(place)")
        #expect(read.int == node.int, "\(place)")
        #expect(read.float.map { $0.isNaN ? "nan" : "\($0)" } == node.float.map { $0.isNaN ? "nan" : "\($0)" }, "\(place)")
        #expect((read.null != nil) == (node.null != nil), "\(place)")
        switch node {
        case .scalar:
            #expect(read.kind == .scalar, "\(place)")
        case let .sequence(items):
            #expect(read.kind == .sequence && read.sequence?.count == items.count, "\(place)")
            for (item, readItem) in zip(items, read.sequence.map(Array.init) ?? []) { expectSame(item, readItem, `where`) }
        case let .mapping(pairs):
            #expect(read.kind == .mapping && read.mapping?.count == pairs.count, "\(place)")
            for ((key, value), readPair) in zip(pairs, read.mapping.map(Array.init) ?? []) {
                expectSame(key, readPair.key, `where`)
                expectSame(value, readPair.value, `where`)
                // Yams refuses repeated keys, so a lookup by key finds this pair's value.
                if let text = key.string {
                    #expect(read.mapping?[text]?.compiledBytes == readPair.value.compiledBytes, "\(place)")
                }
            }
        case .alias:
            #expect(read.kind == .alias, "\(place)")
        }
    }
}
