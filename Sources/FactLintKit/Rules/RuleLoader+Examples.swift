import CompiledYAML
import Yams

extension RuleLoader {
    /// Keys an example may have.
    static let exampleKeys = ["text", "message", "format", "roster", "variants"]

    /// Reads a rule's `examples:`: `invalid:` and `valid:` lists of articles, plain or with
    /// `text`, `message`, `format`, `roster` and `variants`.
    func loadExamples(_ node: YAMLNode?, file: String, fail: (YAMLMark?, String) -> Void) -> [RuleExample] {
        guard let node else { return [] }
        guard let mapping = node.mapping else {
            fail(node.mark, "'examples' must hold 'invalid:' and 'valid:' lists, not \(describe(node))")
            return []
        }
        var examples: [RuleExample] = []
        for (keyNode, listNode) in mapping {
            guard let key = keyNode.string, let expectation = RuleExample.Expectation(rawValue: key) else {
                let hint = Suggestion.closest(to: keyNode.string ?? "", in: ["invalid", "valid"]).map { " Did you mean '\($0)'?" } ?? ""
                fail(keyNode.mark, "unknown key '\(keyNode.string ?? "?")' in 'examples'; use 'invalid' and 'valid'.\(hint)")
                continue
            }
            guard let items = listNode.sequence else {
                fail(listNode.mark, "'\(key)' must be a list of examples, not \(describe(listNode))")
                continue
            }
            for item in items {
                if let example = loadExample(item, expectation: expectation, file: file, fail: fail) { examples.append(example) }
            }
        }
        return examples
    }

    private func loadExample(_ item: YAMLNode, expectation: RuleExample.Expectation, file: String,
                             fail: (YAMLMark?, String) -> Void) -> RuleExample? {
        var text: String?
        var message: String?
        var format = ArticleFormat.markdown
        var roster: String?
        var variants = true
        if let scalar = item.scalar {
            text = scalar.string
        } else if let fields = item.mapping {
            for (fieldKey, fieldValue) in fields {
                switch fieldKey.string {
                case "text": text = fieldValue.scalar?.string
                case "message": message = fieldValue.scalar?.string
                case "roster": roster = try? Yams.serialize(node: fieldValue.yamsNode)
                case "variants":
                    if let bool = fieldValue.bool { variants = bool } else { fail(fieldValue.mark, "an example's 'variants' is true or false, not \(describe(fieldValue))") }
                case "format":
                    switch fieldValue.string {
                    case "markdown": format = .markdown
                    case "text": format = .plainText
                    default: fail(fieldValue.mark, "an example's 'format' is 'markdown' or 'text', not \(describe(fieldValue))")
                    }
                default:
                    let hint = Suggestion.closest(to: fieldKey.string ?? "", in: Self.exampleKeys).map { " Did you mean '\($0)'?" } ?? ""
                    fail(fieldKey.mark, "unknown key '\(fieldKey.string ?? "?")' in an example; use \(Self.exampleKeys.map { "'\($0)'" }.joined(separator: ", ")).\(hint)")
                }
            }
        }
        guard let marked = text else {
            fail(item.mark, "an example needs 'text:' with the article")
            return nil
        }
        let unmarked = RuleExample.unmark(marked)
        if let problem = unmarked.problem {
            fail(item.mark, "the example's span markers are wrong: \(problem)")
            return nil
        }
        if expectation == .invalid && unmarked.spans.isEmpty {
            fail(item.mark, "an invalid example must mark where the rule fires with « and », like «Thursday, May 15»")
            return nil
        }
        if expectation == .valid && !(unmarked.spans.isEmpty && unmarked.related.isEmpty) {
            fail(item.mark, "a valid example must not mark spans with « » or ‹ ›; the rule must not fire on it at all")
            return nil
        }
        let line = item.mark?.line ?? 0
        var example = RuleExample(expectation: expectation, text: unmarked.text, expectedSpans: unmarked.spans,
                                  expectedMessage: message, format: format, origin: "\(file):\(line)")
        example.expectedRelated = unmarked.related
        example.roster = roster
        example.runsVariants = variants
        return example
    }
}
