import XCTest

/// Checks that text can go to a terminal: nothing in it that a terminal would act on.
enum TerminalSafety {
    /// The scalars that must never reach the terminal, and why.
    static func dangerousScalars(in text: String) -> [String] {
        text.unicodeScalars.compactMap { scalar -> String? in
            let value = scalar.value
            switch value {
            case 0x0A, 0x09: return nil
            case 0x00..<0x20, 0x7F: return "C0/DEL U+\(String(value, radix: 16))"
            case 0x80..<0xA0: return "C1 U+\(String(value, radix: 16))"
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return "bidi U+\(String(value, radix: 16))"
            default: return nil
            }
        }
    }

    static func assertInert(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(dangerousScalars(in: text), [], "unsafe output: \(text.debugDescription)", file: file, line: line)
    }
}
