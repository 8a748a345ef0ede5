import TickettyCore

/// Names the fields of two states that differ, readably enough to fix a failing test.
enum StateDiff {
    static func lines(expected: State, actual: State) -> [String] {
        guard expected != actual else { return [] }
        let expectedFields = Mirror(reflecting: expected).children
        let actualFields = Mirror(reflecting: actual).children
        var lines: [String] = []
        for (want, got) in zip(expectedFields, actualFields) {
            // `tickets` is stored as `storedTickets` behind its accessors; name it as tests write it.
            let name = want.label == "storedTickets" ? "tickets" : want.label ?? "?"
            if let want = want.value as? [TicketID: Ticket], let got = got.value as? [TicketID: Ticket] {
                lines += keyed(name, want, got)
            } else if let want = want.value as? [TicketID: Draft], let got = got.value as? [TicketID: Draft] {
                lines += keyed(name, want, got)
            } else if let want = want.value as? AnyHashable, let got = got.value as? AnyHashable, want != got {
                lines.append("\(name): expected \(short(want)), got \(short(got))")
            }
        }
        return lines
    }

    private static func keyed<Value: Hashable>(_ name: String, _ want: [TicketID: Value], _ got: [TicketID: Value]) -> [String] {
        Set(want.keys).union(got.keys).sorted().compactMap { key in
            guard want[key] != got[key] else { return nil }
            return "\(name)[\(key)]: expected \(short(want[key])), got \(short(got[key]))"
        }
    }

    private static func short(_ value: Any?) -> String {
        let text = value.map { String(describing: $0) } ?? "nil"
        return text.count > 600 ? String(text.prefix(600)) + "…" : text
    }
}
