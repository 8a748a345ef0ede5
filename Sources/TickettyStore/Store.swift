import TickettyCore

/// The running state of the program: the reducer, the effects it asks for, and the actions
/// that come back.
///
/// **Threading.** A `Store` belongs to one thread, the UI thread that created it, and every
/// member must be called there. It is neither an actor nor `@MainActor` on purpose: that thread
/// spends its idle time blocked in `poll()` on the terminal and the mailbox's wake pipe, so no
/// executor would ever get to run main-actor jobs. Effect tasks never touch the store; they
/// post into the ``ActionMailbox``, whose wake callback makes `poll()` return, and the UI
/// thread then calls ``processMailbox()``.
///
/// ```swift
/// let mailbox = ActionMailbox(wake: wakePipe.signal)
/// let store = Store(state: State(accountName: backend.accountName), backend: backend, mailbox: mailbox)
/// store.onAppEffect = { effect in if effect == .quit { running = false } }
/// store.send(.started)
/// while running {
///     poll(...)                       // stdin or the wake pipe
///     if keyArrived { store.send(.command(command)) }
///     if store.processMailbox() || keyArrived { redraw(store.state) }
/// }
/// ```
public final class Store {
    /// Everything the screen shows. Changed only by ``send(_:)``.
    public private(set) var state: State
    /// Where effects leave their outcomes.
    public let mailbox: ActionMailbox
    /// Receives the effects only the app can perform: `.editExternally` (suspend the terminal,
    /// run `$EDITOR`, then send `externalEditFinished`) and `.quit`. Without a runner, every
    /// effect comes here, which lets the UI and benchmarks drive a store with no backend.
    public var onAppEffect: ((Effect) -> Void)?

    private let runner: EffectRunner?

    /// - Parameters:
    ///   - runner: Performs the effects; `nil` hands every effect to ``onAppEffect``.
    ///   - mailbox: The mailbox the runner's `send` posts into.
    public init(state: State, runner: EffectRunner?, mailbox: ActionMailbox) {
        self.state = state
        self.runner = runner
        self.mailbox = mailbox
    }

    /// A store whose effects run against `backend`, their outcomes posted into `mailbox`.
    ///
    /// - Parameter reads: The read queue's concurrency, rate and retry limits.
    public convenience init(
        state: State, backend: any HelpdeskBackend, reads: ReadQueueConfiguration = ReadQueueConfiguration(),
        mailbox: ActionMailbox
    ) {
        self.init(state: state, runner: EffectRunner(backend: backend, send: mailbox.post, reads: reads), mailbox: mailbox)
    }

    deinit { runner?.stop() }

    /// Reduces one action and starts the effects it returns.
    ///
    /// - Returns: Whether the state changed (so whether to redraw).
    @discardableResult
    public func send(_ action: Action) -> Bool {
        if case .searchCorpusBuilt = action { corpusBuild = nil }
        let before = state
        let effects = reduce(into: &state, action: action)
        for effect in effects where !(runner?.run(effect) ?? false) {
            onAppEffect?(effect)
        }
        // Drafts are saved as they change, whatever action changed them.
        if let runner {
            let drafts = DraftChanges.between(before, state)
            if !drafts.isEmpty { runner.saveDrafts(drafts) }
        }
        warmSearchCorpus()
        return state != before
    }

    /// The queue size from which the filter's corpus is built in the background: below it,
    /// building it on the first keystroke costs less than a frame.
    public static let backgroundCorpusThreshold = 5_000
    private var corpusBuild: Task<Void, Never>?

    /// Builds the filter's search corpus off the UI thread once a big queue has changed, so
    /// the next keystroke in `/` does not pay for folding every ticket: about 0.2 s at 100,000.
    /// Not while a first sync pages in a queue never seen whole (every page would start
    /// another build); once the listing is complete, a refresh changes a few tickets at most.
    private func warmSearchCorpus() {
        let settled = state.hasLoadedAllTickets || state.listSync == nil || state.isEditingFilter
        guard corpusBuild == nil, settled, state.tickets.count >= Self.backgroundCorpusThreshold,
            state.searchIndex.isStale
        else { return }
        let tickets = state.tickets
        let version = state.searchIndex.version
        let mailbox = self.mailbox
        corpusBuild = Task.detached(priority: .utility) {
            mailbox.post(.searchCorpusBuilt(SearchIndex.prebuild(tickets, version: version)))
        }
    }

    /// Sends every action waiting in the mailbox, oldest first.
    ///
    /// - Returns: Whether the state changed.
    @discardableResult
    public func processMailbox() -> Bool {
        var changed = false
        for action in mailbox.drain() {
            if send(action) { changed = true }
        }
        return changed
    }
}
