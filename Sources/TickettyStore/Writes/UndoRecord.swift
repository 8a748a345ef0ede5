import Foundation
import TickettyCore

/// An action `u` can take back: the write it made and the tickets as they were before it.
public struct UndoRecord: Hashable, Sendable {
    /// The write's id, to cancel it if it has not gone out yet.
    public var writeID: Int
    public var write: Write
    /// The tickets just before the write, which the inverse restores.
    public var previous: [Ticket]
    public var madeAt: Date

    public init(writeID: Int, write: Write, previous: [Ticket], madeAt: Date) {
        self.writeID = writeID
        self.write = write
        self.previous = previous
        self.madeAt = madeAt
    }
}
