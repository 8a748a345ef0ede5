/// Lays out ordered and unordered lists with hanging indents.
///
/// Numbers are padded to the widest one so item text lines up; bullets change with nesting
/// depth (`-`, `*`, `+`) so nested lists stay distinguishable without colour.
enum ListLayout {
    static func layout(_ list: Block, on canvas: inout TextCanvas) {
        guard case .list(let ordered, let start) = list.kind else { return }
        canvas.separateBlock()
        let items = list.children
        let widest = ordered ? "\(start + max(0, items.count - 1)). ".utf8.count : 2
        let bullet = Self.bullet(depth: canvas.listDepth)
        var number = start
        for item in items {
            if item.kind != .item {
                // Text directly inside <ul> (invalid, but common) is shown as its own line.
                BlockLayout.layout(item, on: &canvas)
                continue
            }
            var marker = ordered ? Array("\(number).".utf8) : [bullet]
            number += 1
            guard !item.children.isEmpty else { continue }
            marker.append(contentsOf: repeatElement(0x20, count: max(1, widest - marker.count)))
            canvas.beginItem(marker: marker)
            BlockLayout.layout(item.children, on: &canvas)
            canvas.endItem()
        }
        canvas.separateBlock()
    }

    private static func bullet(depth: Int) -> UInt8 {
        switch depth % 3 {
        case 0: UInt8(ascii: "-")
        case 1: UInt8(ascii: "*")
        default: UInt8(ascii: "+")
        }
    }
}
