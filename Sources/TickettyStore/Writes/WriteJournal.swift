/// Where writes wait on disk until the server has answered them: the outbox.
///
/// The ``WriteQueue`` records a write here before its first attempt and removes it once the
/// server confirmed or refused it for good, so a crash, a kill or a closed laptop lid between
/// the key press and the answer loses nothing: the next start resumes what is left.
public protocol WriteJournal: Sendable {
    /// Records a write (or replaces the record with the same id). Durable once it returns.
    func enqueue(_ entry: OutboxEntry) throws
    /// Updates a recorded write, such as its count of attempts.
    func update(_ entry: OutboxEntry) throws
    /// Forgets a write the server has answered.
    func removeFromOutbox(_ id: Int) throws
}

/// Where drafts are kept as they are typed, so quitting or a crash never loses a word.
public protocol DraftArchive: Sendable {
    func save(_ draft: Draft) throws
    func removeDraft(_ key: DraftKey) throws
}
