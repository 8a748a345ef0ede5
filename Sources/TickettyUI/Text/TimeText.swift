import Foundation

/// Short, fixed-width renderings of times and durations for the list, timeline and status line.
enum TimeText {
    /// A countdown like "2h13m", "45m", "3d4h"; negative when breached: "-35m".
    static func countdown(seconds: Double) -> String {
        let negative = seconds < 0
        let minutes = Int((abs(seconds) / 60).rounded(.down))
        let text: String
        if minutes < 60 {
            text = "\(minutes)m"
        } else if minutes < 24 * 60 {
            let m = minutes % 60
            text = m == 0 ? "\(minutes / 60)h" : "\(minutes / 60)h\(m)m"
        } else {
            let h = (minutes / 60) % 24
            text = h == 0 ? "\(minutes / 1440)d" : "\(minutes / 1440)d\(h)h"
        }
        return negative ? "-" + text : text
    }

    /// How long ago: "now", "5m", "3h", "2d", then a date like "Nov 03".
    static func age(of date: Date, now: Date, calendar: Calendar) -> String {
        let seconds = now.timeIntervalSince(date)
        if seconds < 60 { return "now" }
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(minutes)m" }
        if minutes < 24 * 60 { return "\(minutes / 60)h" }
        if minutes < 7 * 24 * 60 { return "\(minutes / 1440)d" }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let nowYear = calendar.component(.year, from: now)
        let month = monthNames[max(0, min(11, (parts.month ?? 1) - 1))]
        if parts.year == nowYear { return month + " " + pad(parts.day ?? 1) }
        return String(parts.year ?? 0)
    }

    /// "12:04".
    static func clock(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return pad(parts.hour ?? 0) + ":" + pad(parts.minute ?? 0)
    }

    /// "2026-11-21 12:04".
    static func dateTime(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return "\(parts.year ?? 0)-\(pad(parts.month ?? 1))-\(pad(parts.day ?? 1)) "
            + pad(parts.hour ?? 0) + ":" + pad(parts.minute ?? 0)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
