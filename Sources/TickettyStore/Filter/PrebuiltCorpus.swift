import TickettyCore

/// A search corpus built off the UI thread, on its way to the ``SearchIndex`` it was made for.
///
/// Like the index it is a cache, not state: all of them compare equal, so an action carrying
/// one never counts as a change of what the screen shows.
public struct PrebuiltCorpus: Hashable, Sendable {
    let version: Int
    let corpus: SearchCorpus
    let rowOfID: [TicketID: Int32]

    public static func == (lhs: PrebuiltCorpus, rhs: PrebuiltCorpus) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
