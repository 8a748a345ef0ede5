/// An HTML message rendered for the terminal: the text, and the targets of its numbered links.
public struct RenderedHTML: Sendable, Equatable {
    /// The message text, sanitised and wrapped, lines separated by "\n", without the link list.
    public var body: String
    /// Link targets, sanitised; `links[0]` is the one the text marks `[1]`.
    public var links: [String]

    public init(body: String, links: [String]) {
        self.body = body
        self.links = links
    }

    /// The body followed by the numbered link list, as `HTMLRenderer.render` returns it.
    public func text(width: Int) -> String {
        guard !links.isEmpty else { return body }
        var output = Array(body.utf8)
        LinkList.append(links, width: width, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
