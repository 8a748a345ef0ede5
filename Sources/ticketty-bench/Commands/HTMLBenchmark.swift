import ArgumentParser
import Foundation
@_spi(Benchmark) import HTMLText

/// `ticketty-bench html`: HTML e-mail rendering throughput and latency, in process.
///
/// Renders every file of the shared suite, a generated 1 MB e-mail and a timeline of 50 typical
/// messages, and prints MB/s and per-file latency next to the floors the project set. Next to
/// each figure it prints libxml2's parse alone (no callbacks), so figures taken on a busy
/// machine can still be read against the parser's own speed.
struct HTMLBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Measure HTML-to-text rendering (MB/s, per-file latency, a 50-message timeline).")

    @Option(help: "Directory of .html files to render.")
    var suite = "../shared/html-suite/html"

    @Option(help: "Wrap width used for rendering.")
    var width = 100

    @Option(help: "Minimum measuring time per item, in milliseconds.")
    var milliseconds = 300

    func run() async throws {
        let files = try Self.suiteFiles(in: suite)
        print("HTML rendering, width \(width), median thread CPU time over at least \(milliseconds) ms per item\n")
        print(Self.row("file", "bytes", "median µs", "MB/s", "libxml2 MB/s"))
        var suiteBytes = 0
        var suiteSeconds = 0.0
        for (name, data) in files {
            let seconds = measure { _ = HTMLRenderer.render(data: data, width: width) }
            let parseSeconds = measure { ParsingBaseline.parse(data: data) }
            suiteBytes += data.count
            suiteSeconds += seconds
            print(Self.row(
                name, "\(data.count)", Self.format(seconds * 1e6), Self.megabytesPerSecond(data.count, seconds),
                Self.megabytesPerSecond(data.count, parseSeconds)))
        }
        print("\nsuite, one pass over \(files.count) files: \(Self.format(suiteSeconds * 1e3)) ms, "
            + "\(Self.megabytesPerSecond(suiteBytes, suiteSeconds)) MB/s")

        let big = Array(SyntheticEmail.message(kilobytes: 1024, seed: 1).utf8)
        let bigSeconds = measure { _ = HTMLRenderer.render(data: big, width: width) }
        let bigParseSeconds = measure { ParsingBaseline.parse(data: big) }
        print("generated e-mail, \(big.count) bytes: \(Self.format(bigSeconds * 1e3)) ms, "
            + "\(Self.megabytesPerSecond(big.count, bigSeconds)) MB/s (floor: 50 MB/s; "
            + "libxml2 parse alone: \(Self.megabytesPerSecond(big.count, bigParseSeconds)) MB/s)")

        let timeline = (0..<50).map { Array(SyntheticEmail.message(kilobytes: 4 + $0 % 12, seed: $0).utf8) }
        let timelineBytes = timeline.reduce(0) { $0 + $1.count }
        let timelineSeconds = measure {
            for message in timeline { _ = HTMLRenderer.render(data: message, width: width) }
        }
        print("timeline of 50 messages (4–15 KB, \(timelineBytes) bytes): \(Self.format(timelineSeconds * 1e3)) ms, "
            + "\(Self.megabytesPerSecond(timelineBytes, timelineSeconds)) MB/s (floor: 20 ms)")
    }

    /// The median CPU time of `body` in seconds, on this thread, over as many runs as fit the
    /// measuring time. CPU time rather than wall time keeps the figures steady on a shared
    /// machine; on an idle one the two agree.
    private func measure(_ body: () -> Void) -> Double {
        body()  // warm up caches and lazily built tables
        var samples: [Double] = []
        let deadline = Self.threadCPUSeconds() + Double(milliseconds) / 1000
        repeat {
            let start = Self.threadCPUSeconds()
            body()
            samples.append(Self.threadCPUSeconds() - start)
        } while Self.threadCPUSeconds() < deadline || samples.count < 5
        samples.sort()
        return samples[samples.count / 2]
    }

    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    private static func suiteFiles(in directory: String) throws -> [(String, [UInt8])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".html") }
            .sorted()
        return try names.map { name in
            (name, [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(name))))
        }
    }

    private static func megabytesPerSecond(_ bytes: Int, _ seconds: Double) -> String {
        seconds > 0 ? format(Double(bytes) / seconds / 1e6) : "-"
    }

    private static func format(_ value: Double) -> String {
        String(format: value >= 100 ? "%.0f" : "%.1f", value)
    }

    private static func row(_ columns: String...) -> String {
        let widths = [30, 10, 12, 8, 12]
        return zip(columns, widths).map { column, width in
            column.count >= width ? column + " " : column + String(repeating: " ", count: width - column.count)
        }.joined()
    }
}
