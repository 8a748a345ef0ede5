import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes log lines to a file, one `write()` per line so lines from several threads never
/// interleave (the file is opened for appending).
struct FileLogHandler: LogHandler {
    /// An open log file, readable only by its owner.
    final class Sink: Sendable {
        let descriptor: Int32

        init?(path: String) {
            let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return nil }
            self.descriptor = descriptor
        }

        func write(_ line: String) {
            var bytes = Array(line.utf8)
            _ = Glibc.write(descriptor, &bytes, bytes.count)
        }
    }

    let label: String
    let sink: Sink
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    init(label: String, sink: Sink) {
        self.label = label
        self.sink = sink
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let details = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
        let timestamp = Date().formatted(.iso8601)
        // Server text may end up in messages; keep each entry on one line of plain text.
        let message = "\(event.message)".unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined()
        sink.write("\(timestamp) \(event.level) \(label): \(message)\(details)\n")
    }
}
