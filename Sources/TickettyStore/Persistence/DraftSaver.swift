/// Saves draft changes to the archive in the background, in the order they happened, so
/// typing never waits for the disk.
final class DraftSaver: Sendable {
    private let changes: AsyncStream<DraftChanges>.Continuation

    init(archive: any DraftArchive, send: @escaping @Sendable (Action) -> Void) {
        let (stream, continuation) = AsyncStream.makeStream(of: DraftChanges.self)
        changes = continuation
        Task {
            var reportedFailure = false
            for await change in stream {
                do {
                    for draft in change.saved { try archive.save(draft) }
                    for key in change.removed { try archive.removeDraft(key) }
                } catch {
                    // Said once: the drafts still live in memory for this session.
                    if !reportedFailure {
                        reportedFailure = true
                        send(.localStoreFailed("Drafts could not be saved to disk (\(error))"))
                    }
                }
            }
        }
    }

    deinit { changes.finish() }

    func apply(_ change: DraftChanges) {
        changes.yield(change)
    }
}
