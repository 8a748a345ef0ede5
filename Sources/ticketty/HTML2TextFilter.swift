import HTMLText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The work of `ticketty html2text`: read HTML files (or stdin), write terminal text.
///
/// A filter is started once per message, so its start-up time is most of its cost: input and
/// output go through POSIX `read`/`write` on byte arrays, and nothing here touches Foundation
/// (whose `Data`, `FileHandle` and `ProcessInfo` would cost more to set up than a small
/// message takes to render).
struct HTML2TextFilter: Equatable {
    var width: Int
    var charset: String?
    /// The files to render; standard input when empty (or for "-").
    var files: [String]

    /// Renders every input; returns the process's exit status.
    func run() -> Int32 {
        let inputs = files.isEmpty ? ["-"] : files
        var failed = false
        for (index, name) in inputs.enumerated() {
            guard let data = name == "-" ? Self.readAll(from: STDIN_FILENO) : Self.readFile(name) else {
                Self.writeAll("html2text: cannot read \(TextSanitizer.sanitizeLine(name))\n", to: STDERR_FILENO)
                failed = true
                continue
            }
            var text = ""
            if inputs.count > 1 {
                text += (index > 0 ? "\n" : "") + "==> \(TextSanitizer.sanitizeLine(name)) <==\n"
            }
            text += HTMLRenderer.render(data: data, width: width, charset: charset)
            text += "\n"
            guard Self.writeAll(text, to: STDOUT_FILENO) else { return EXIT_FAILURE }  // e.g. a closed pipe
        }
        return failed ? EXIT_FAILURE : EXIT_SUCCESS
    }

    /// $COLUMNS when it is a positive number, else 80.
    static func defaultWidth() -> Int {
        if let columns = getenv("COLUMNS"), let value = Int(String(cString: columns)), value > 0 {
            return value
        }
        return 80
    }

    /// The whole file, or nil if it cannot be opened or read.
    private static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return readAll(from: descriptor)
    }

    /// Everything until end of file; nil on a read error (such as a directory).
    private static func readAll(from descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 && info.st_size > 0 ? Int(info.st_size) : 0
        var capacity = max(64 * 1024, expected + 1)
        while true {
            var failed = false
            let before = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: capacity - before))
            let count = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
                let free = UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[before...])
                while true {
                    let count = read(descriptor, free.baseAddress, free.count)
                    if count < 0 && errno == EINTR { continue }
                    if count < 0 { failed = true }
                    return max(0, count)
                }
            }
            bytes.removeLast(capacity - before - count)
            if failed { return nil }
            if count == 0 { return bytes }
            if bytes.count == capacity { capacity *= 2 }
        }
    }

    /// Writes all of `text`; false if the descriptor refused it.
    @discardableResult
    private static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return true }
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, base + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }
}
