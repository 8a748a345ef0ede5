/// Writes the numbered list of link targets that follows a rendered message.
///
/// Works on the output bytes, so a rendered message becomes a `String` once, with its links.
enum LinkList {
    /// Appends a blank line (unless `output` is empty), "Links:" and one wrapped "[n] url" per
    /// link; nothing when there are no links.
    static func append(_ links: [String], width: Int, to output: inout [UInt8]) {
        guard !links.isEmpty else { return }
        var canvas = TextCanvas(width: width, expectedBytes: links.count * 48)
        canvas.writeLine(Array("Links:".utf8))
        var line: [UInt8] = []
        for (index, url) in links.enumerated() {
            line.removeAll(keepingCapacity: true)
            line.append(UInt8(ascii: "["))
            line.appendDecimal(index + 1)
            line.append(contentsOf: "] ".utf8)
            line.append(contentsOf: url.utf8)
            LineBreaker.breakLines(line, width: width) { canvas.writeLine($0) }
        }
        if !output.isEmpty { output.append(contentsOf: [0x0A, 0x0A]) }
        var list = canvas.takeBytes()
        list.removeLast()  // the last line's newline
        output.append(contentsOf: list)
    }
}
