import Foundation

/// The table `ticketty-bench floors` and `tmux` print: each measurement beside its floor.
///
/// Printed as Markdown so a run can be pasted into BENCHMARKS.md as it is.
struct FloorTable {
    struct Row {
        var measurement: String
        var value: String
        var floor: String
        /// `nil` for figures without a floor (context, not a verdict).
        var passed: Bool?
    }

    private(set) var rows: [Row] = []

    mutating func add(_ measurement: String, _ value: String, floor: String = "", passed: Bool? = nil) {
        rows.append(Row(measurement: measurement, value: value, floor: floor, passed: passed))
    }

    var allPassed: Bool { rows.allSatisfy { $0.passed != false } }

    func render() -> String {
        let header = ["measurement", "measured", "floor", "verdict"]
        let body = rows.map { [$0.measurement, $0.value, $0.floor, $0.passed.map { $0 ? "pass" : "**FAIL**" } ?? ""] }
        let widths = (0..<4).map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "| " + zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: " | ") + " |"
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + body.map(line)).joined(separator: "\n")
    }
}

/// Number formatting shared by the floor benchmarks.
enum Figures {
    static func ms(_ value: Double) -> String { String(format: value < 10 ? "%.2f ms" : "%.0f ms", value) }
    static func mb(kilobytes: Int) -> String { String(format: "%.0f MB", Double(kilobytes) / 1024) }
    static func percent(_ value: Double) -> String { String(format: "%.3f %%", value) }

    /// The 1-, 5- and 15-minute load averages, to say how busy the machine was.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
