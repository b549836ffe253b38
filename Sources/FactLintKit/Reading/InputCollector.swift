#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths given on the command line into files to lint: folders are walked for
/// `.md`, `.markdown` and `.txt`, in a stable order, and a folder reached twice through symbolic
/// links is walked once.
public struct InputCollector: Sendable {
    /// Paths are shown relative to this folder when they lie under it.
    public var workingDirectory: String

    public init(workingDirectory: String = InputCollector.currentDirectory()) {
        self.workingDirectory = workingDirectory
    }

    /// Files to lint, sorted by display path, and diagnostics for paths that cannot be read.
    public func collect(_ paths: [String]) -> (files: [InputFile], diagnostics: [Diagnostic]) {
        var files: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        var visitedDirectories = Set<FileIdentity>()
        var seenFiles = Set<String>()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                let reason = errno == ENOENT ? "no such file or folder" : String(cString: strerror(errno))
                diagnostics.append(Diagnostic(path: display(path), level: .error, message: "cannot read '\(path)': \(reason)"))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                let before = files.count
                let seenBefore = visitedDirectories.contains(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
                walk(path, into: &files, diagnostics: &diagnostics, visited: &visitedDirectories, seen: &seenFiles, depth: 0)
                if files.count == before, !seenBefore {
                    // A folder with nothing to read is a mistake (a wrong path, an unsupported format), not a clean run.
                    diagnostics.append(Diagnostic(path: display(path), level: .error,
                                                  message: "no articles to read in this folder; factlint reads \(ArticleFormat.supportedList) files"))
                }
            } else {
                let shown = display(path)
                guard let format = Self.format(ofNamedFile: path) else {
                    diagnostics.append(Diagnostic(path: shown, level: .error,
                                                  message: "factlint does not read this kind of file; it reads \(ArticleFormat.supportedList) files (a file with no extension is read as plain text)"))
                    continue
                }
                if seenFiles.insert(shown).inserted {
                    files.append(InputFile(displayPath: shown, content: .file(path), format: format))
                }
            }
        }
        files.sort { $0.displayPath < $1.displayPath }
        return (files, diagnostics)
    }

    /// The format of a file named on the command line: by its extension, or plain text when its name
    /// has none; nil for an extension factlint does not read (`.yml`, `.docx`).
    static func format(ofNamedFile path: String) -> ArticleFormat? {
        if let format = ArticleFormat(path: path) { return format }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .plainText }
        return nil
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// A folder entry's name, read in place: copying `d_name` copies its full declared size, and the
    /// record `readdir` returns can be shorter than that (AddressSanitizer caught the overread).
    static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
    }

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private func walk(_ directory: String, into files: inout [InputFile], diagnostics: inout [Diagnostic],
                      visited: inout Set<FileIdentity>, seen: inout Set<String>, depth: Int) {
        var info = stat()
        guard stat(directory, &info) == 0 else { return }
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard visited.insert(identity).inserted else { return }
        guard depth < 256 else {
            diagnostics.append(Diagnostic(path: display(directory), level: .warning, message: "folders nest more than 256 deep here; deeper ones were not read"))
            return
        }
        guard let handle = opendir(directory) else {
            diagnostics.append(Diagnostic(path: display(directory), level: .error,
                                          message: "cannot read the folder: \(String(cString: strerror(errno)))"))
            return
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = Self.entryName(entry)
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(handle)
        names.sort()
        for name in names {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var entryInfo = stat()
            guard stat(path, &entryInfo) == 0 else {
                // A dangling link or a file that vanished: say so only if it looked like an article.
                if ArticleFormat(path: name) != nil {
                    diagnostics.append(Diagnostic(path: display(path), level: .error,
                                                  message: "cannot read the file: \(String(cString: strerror(errno)))"))
                }
                continue
            }
            if entryInfo.st_mode & S_IFMT == S_IFDIR {
                walk(path, into: &files, diagnostics: &diagnostics, visited: &visited, seen: &seen, depth: depth + 1)
            } else if entryInfo.st_mode & S_IFMT == S_IFREG, let format = ArticleFormat(path: name) {
                let shown = display(path)
                if seen.insert(shown).inserted {
                    files.append(InputFile(displayPath: shown, content: .file(path), format: format))
                }
            }
        }
    }

    /// The path relative to the working directory when it lies under it, without a leading `./`.
    public func display(_ path: String) -> String {
        var shown = path
        if shown.hasPrefix("/") {
            let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
            if shown.hasPrefix(base) { shown = String(shown.dropFirst(base.count)) }
        }
        while shown.hasPrefix("./") { shown = String(shown.dropFirst(2)) }
        while shown.containsBytes("//") { shown = shown.replacingAll("//", with: "/") }
        return shown.isEmpty ? "." : shown
    }

    /// Whether a path names a folder.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether a path names something that exists.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Files under a folder whose names end in one of the extensions, sorted.
    public static func files(under directory: String, extensions: Set<String>) -> [String] {
        var result: [String] = []
        var visited = Set<FileIdentity>()
        func walk(_ path: String, depth: Int) {
            var info = stat()
            guard depth < 64, stat(path, &info) == 0 else { return }
            guard visited.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted,
                  let handle = opendir(path) else { return }
            var names: [String] = []
            while let entry = readdir(handle) {
                let name = entryName(entry)
                if !name.hasPrefix(".") { names.append(name) }
            }
            closedir(handle)
            for name in names.sorted() {
                let child = path.hasSuffix("/") ? path + name : path + "/" + name
                if isDirectory(child) {
                    walk(child, depth: depth + 1)
                } else if let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...]).lowercased()) {
                    result.append(child)
                }
            }
        }
        walk(directory, depth: 0)
        return result
    }

    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        let length = buffer.firstIndex(of: 0) ?? buffer.count
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The largest article read by default: 4 MB (decimal, as file managers show it). Memory grows with the number of words (about 45 bytes
    /// per byte of prose, up to about 180 for text that is all punctuation), so this keeps one article well
    /// under a gigabyte. Real articles, even long reports, are a few hundred kilobytes.
    public static let defaultMaxArticleBytes = 4_000_000

    /// Reads a whole file. Returns the bytes or a message saying why not. A file longer than `limit` bytes
    /// is not read at all; `nil` means no limit.
    public static func readFile(_ path: String, limit: Int? = nil) -> Result<[UInt8], FileReadError> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(FileReadError(message: "cannot open the file: \(String(cString: strerror(errno)))")) }
        defer { close(descriptor) }
        return readAll(descriptor, limit: limit)
    }

    /// Reads standard input to its end, byte for byte, or stops with an error past `limit` bytes.
    public static func readStandardInput(limit: Int? = nil) -> Result<[UInt8], FileReadError> {
        readAll(STDIN_FILENO, limit: limit)
    }

    private static func readAll(_ descriptor: Int32, limit: Int?) -> Result<[UInt8], FileReadError> {
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            return .failure(FileReadError(message: "this is a folder, not a file"))
        }
        if let limit, info.st_size > limit {
            return .failure(.tooLarge(size: Int(info.st_size), limit: limit))
        }
        var bytes: [UInt8] = []
        if info.st_size > 0 {
            // A file of known size is read straight into the array, without zeroing a buffer
            // first; a file that grew since fstat is read on below in chunks.
            let size = Int(info.st_size)
            var failure: Int32 = 0
            bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                while initialized < size {
                    let count = read(descriptor, buffer.baseAddress! + initialized, size - initialized)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if count == 0 { break }
                    initialized += count
                }
            }
            if failure != 0 {
                return .failure(FileReadError(message: "cannot read the file: \(String(cString: strerror(failure)))"))
            }
            if bytes.count < size { return .success(bytes) }
        }
        // Not zeroed: only the bytes `read` writes are used.
        var chunk = [UInt8](unsafeUninitializedCapacity: 1 << 16) { _, count in count = 1 << 16 }
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(FileReadError(message: "cannot read the file: \(String(cString: strerror(errno)))"))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            // A pipe or a file still growing has no size up front.
            if let limit, bytes.count > limit { return .failure(.tooLarge(size: nil, limit: limit)) }
        }
        return .success(bytes)
    }
}

/// Why a file could not be read.
public struct FileReadError: Error, Sendable {
    public var message: String

    /// An article over the size limit, with the option that raises it.
    static func tooLarge(size: Int?, limit: Int) -> FileReadError {
        let over = size.map { "the file is \(megabytes($0)), more than" } ?? "the input is longer than"
        return FileReadError(message: "\(over) the \(megabytes(limit)) limit for one article; it was not checked (raise the limit with --max-file-size)")
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
