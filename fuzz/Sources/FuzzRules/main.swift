import FactLintKit
import FuzzDriver
#if canImport(Glibc)
import Glibc
#endif

/// Loads the input as a rule file and, when it yields rules, runs their examples.
exit(runFuzzer { data, size in
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (rules, _) = RuleLoader().load(yaml: text, file: "fuzz.yml")
    if !rules.isEmpty { _ = Linter(rules: rules).lint(bytes: Array("Story\n\nThe minister, John Smith, said on Monday, May 13, 2024 that 40 people came.\n".utf8), path: "a.md") }
    return 0
})
