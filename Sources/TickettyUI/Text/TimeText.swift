import Foundation

/// Short, fixed-width renderings of times and durations for the list, timeline and status line.
enum TimeText {
    /// A countdown like "2h13m", "45m", "3d4h"; negative when breached: "-35m".
    ///
    /// Never wider than ``countdownWidth`` columns: the smaller unit is dropped once the larger
    /// one has two digits ("23h", "12d"), where it no longer changes what the agent does.
    static func countdown(seconds: Double) -> String {
        let negative = seconds < 0
        let minutes = Int((abs(seconds) / 60).rounded(.down))
        let hours = minutes / 60
        let days = minutes / 1440
        let text: String
        if minutes < 60 {
            text = "\(minutes)m"
        } else if hours < 24 {
            let m = minutes % 60
            text = m == 0 || hours >= 10 ? "\(hours)h" : "\(hours)h\(m)m"
        } else {
            let h = hours % 24
            text = h == 0 || days >= 10 ? "\(days)d" : "\(days)d\(h)h"
        }
        return negative ? "-" + text : text
    }

    /// The widest a countdown gets ("-9h59m", "-9d23h"), for up to 999 days either way.
    static let countdownWidth = 6

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
