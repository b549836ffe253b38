import FactLintKit
import FuzzDriver
#if canImport(Glibc)
import Glibc
#endif

/// Every input opens a front matter block, so the fuzzer spends its time inside the YAML.
let reader = ArticleReader()
let prefix = Array("---\n".utf8)

exit(runFuzzer { data, size in
    guard let data else { return 0 }
    let bytes = prefix + Array(UnsafeBufferPointer(start: data, count: size))
    _ = reader.read(bytes: bytes, path: "fuzz.md", format: .markdown)
    return 0
})
