import TickettyStore

/// The store's effect runner keeps its outbox and drafts here and opens cached timelines.
extension AccountCache: LocalCache {}
