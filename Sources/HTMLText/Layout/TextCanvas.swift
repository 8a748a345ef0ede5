#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output of a layout: lines of UTF-8 with the prefixes of the quotes and list items they
/// sit in, and blank lines between blocks.
///
/// Everything is appended to one byte buffer, so laying out a large message is linear.
struct TextCanvas {
    private(set) var bytes: [UInt8] = []
    private(set) var lineCount = 0
    /// The canvas width; `availableWidth` subtracts the prefix from it.
    let width: Int

    private var segments: [Segment] = []
    private var prefix: [UInt8] = []
    private var pendingMarker: [UInt8]?
    private var blankLinePending = false
    private var atContainerStart = true
    private var compactDepth = 0

    private enum Segment {
        case quote
        case indent(Int)
    }

    /// `expectedBytes` sizes the buffer once, instead of regrowing it while a big message is laid out.
    init(width: Int, expectedBytes: Int = 0) {
        self.width = max(1, width)
        bytes.reserveCapacity(expectedBytes)
    }

    /// The columns left for text after the current prefix (which never takes more than half).
    var availableWidth: Int {
        max(1, width - prefix.count)
    }

    /// How many list items the next line is nested in.
    var listDepth: Int {
        segments.reduce(0) { count, segment in
            if case .indent = segment { count + 1 } else { count }
        }
    }

    /// Asks for a blank line before the next line written, unless a container just started or
    /// the text is inside a list item (lists are compact).
    mutating func separateBlock() {
        if !atContainerStart && compactDepth == 0 && lineCount > 0 { blankLinePending = true }
    }

    /// Writes one line: prefix, then the text with non-breaking spaces as spaces, then a newline.
    mutating func writeLine(_ text: [UInt8]) {
        text.withUnsafeBufferPointer { writeLine($0) }
    }

    /// Writes one line: prefix, then the text with non-breaking spaces as spaces, then a newline.
    mutating func writeLine(_ text: UnsafeBufferPointer<UInt8>) {
        if blankLinePending {
            writeBlankLine()
        }
        if let marker = pendingMarker {
            bytes.append(contentsOf: marker)
            pendingMarker = nil
        } else {
            bytes.append(contentsOf: prefix)
        }
        let start = bytes.count
        bytes.append(contentsOf: text)
        // Most lines have no non-breaking space; memchr rules that out many bytes at a time.
        if let base = text.baseAddress, memchr(base, Int32(InlineText.nonBreakingSpace), text.count) != nil {
            bytes.withUnsafeMutableBufferPointer { buffer in
                for index in start..<buffer.count where buffer[index] == InlineText.nonBreakingSpace {
                    buffer[index] = 0x20
                }
            }
        }
        while let last = bytes.last, last == 0x20 { bytes.removeLast() }
        bytes.append(0x0A)
        lineCount += 1
        atContainerStart = false
    }

    /// Starts a quoted block: a pending blank line is written outside the quote first.
    mutating func beginQuote() {
        separateBlock()
        if blankLinePending { writeBlankLine() }
        segments.append(.quote)
        rebuildPrefix()
        atContainerStart = true
    }

    mutating func endQuote() {
        if case .quote = segments.last {
            segments.removeLast()
            rebuildPrefix()
        }
        atContainerStart = false
        separateBlock()
    }

    /// Starts a list item: its first line begins with `marker`, later lines are indented to match.
    mutating func beginItem(marker: [UInt8]) {
        var markerPrefix = prefix + marker
        if markerPrefix.count > width / 2 + marker.count { markerPrefix = Array(markerPrefix.suffix(width / 2)) }
        segments.append(.indent(marker.count))
        rebuildPrefix()
        pendingMarker = markerPrefix
        compactDepth += 1
    }

    mutating func endItem() {
        if case .indent = segments.last {
            segments.removeLast()
            rebuildPrefix()
        }
        pendingMarker = nil
        compactDepth -= 1
    }

    /// Lets lines in a group (the cells of a table row) follow each other without blank lines.
    mutating func beginCompact() { compactDepth += 1 }
    mutating func endCompact() { compactDepth -= 1 }

    /// Hands over the bytes written so far and leaves the canvas empty, so that the caller can
    /// keep appending to them without copying a large message.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// The lines written so far, without their newlines.
    func lines() -> [ArraySlice<UInt8>] {
        Array(bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast())
    }

    private mutating func writeBlankLine() {
        blankLinePending = false
        var blank = prefix
        while let last = blank.last, last == 0x20 { blank.removeLast() }
        bytes.append(contentsOf: blank)
        bytes.append(0x0A)
        lineCount += 1
    }

    /// Quotes nest as ">>" followed by one space before the text, as mail clients write them.
    private mutating func rebuildPrefix() {
        prefix.removeAll(keepingCapacity: true)
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .quote:
                prefix.append(0x3E)
                let nextIsQuote: Bool
                if index + 1 < segments.count, case .quote = segments[index + 1] {
                    nextIsQuote = true
                } else {
                    nextIsQuote = false
                }
                if !nextIsQuote { prefix.append(0x20) }
            case .indent(let count):
                prefix.append(contentsOf: repeatElement(0x20, count: count))
            }
        }
        // Hostile nesting must not squeeze the text out: past half the width the prefix is cut.
        if prefix.count > width / 2 {
            prefix.removeLast(prefix.count - width / 2)
            if let last = prefix.indices.last { prefix[last] = 0x20 }
        }
    }
}
