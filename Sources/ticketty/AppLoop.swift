import Foundation
import Logging
import TickettyCache
import TickettyCore
import TickettyCurses
import TickettyStore
import TickettyUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive session: one thread that owns the terminal and the store, and sleeps in
/// `poll()` until a key, an effect's outcome or a signal arrives.
///
/// Nothing runs on a timer here. Background work (HTTP, refresh timers) happens in the effect
/// runner's tasks, which post into the store's mailbox; the mailbox writes a byte to the wake
/// pipe, `poll()` returns, and the loop feeds the actions to the store and redraws if the
/// state changed. The thread is a plain `Thread`, not the main actor: the main actor's jobs
/// would never run while its thread blocks in `poll()`.
final class AppLoop {
    private let terminal: CursesTerminal
    private let store: Store
    private let screen: Screen
    private let router: KeyRouter
    private let wakePipe: NonBlockingPipe
    private let signals: SignalPipe
    private let environment: [String: String]
    private let logger: Logger
    private var appEffects: [Effect] = []
    private var outcome: AppOutcome?
    /// What the store was last told about the layout, so it hears only of changes.
    private var reportedViewport: (listRows: Int, timelineRows: Int)?
    private var reportedTimelineLines: Int?

    /// Signals that end the session; the loop restores the terminal before the process exits.
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Runs the session on a thread of its own and returns when it ends, the terminal restored.
    static func runOnDedicatedThread(
        session: Wiring.Session, theme: Theme, settings: LaunchSettings,
        environment: [String: String], logger: Logger
    ) async -> AppOutcome {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(
                    returning: run(
                        session: session, theme: theme, settings: settings, environment: environment, logger: logger))
            }
            thread.name = "ticketty-ui"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private static func run(
        session: Wiring.Session, theme: Theme, settings: LaunchSettings,
        environment: [String: String], logger: Logger
    ) -> AppOutcome {
        do {
            let signals = try SignalPipe(signals: stopSignals + [SIGWINCH])
            let wakePipe = try NonBlockingPipe()
            let terminal = try CursesTerminal(environment: environment)
            defer { terminal.restore() }
            var state = State(accountName: session.accountName, isDemo: session.isDemo)
            state.refreshInterval = settings.refreshSeconds
            state.undoSendDelay = settings.undoSendSeconds
            state.undoWindow = settings.undoSeconds
            state.me = settings.me
            let mailbox = ActionMailbox(wake: { wakePipe.signal() })
            // What the server sends is copied to the cache on its way to the store.
            let writer = session.cache.map { CacheWriter(cache: $0, logger: logger) }
            let post = writer?.tapping(mailbox.post) ?? mailbox.post
            let runner = EffectRunner(
                backend: session.backend, send: post, local: session.cache, reads: settings.reads,
                messageSearch: session.cache.map(MessageSearch.over))
            let store = Store(state: state, runner: runner, mailbox: mailbox)
            let loop = AppLoop(
                terminal: terminal, store: store, screen: Screen(theme: theme, keymap: settings.keymap),
                router: KeyRouter(keymap: settings.keymap), wakePipe: wakePipe, signals: signals,
                environment: environment, logger: logger)
            return loop.run(session: session, cacheWriter: writer)
        } catch {
            return .failed(error.userMessage)
        }
    }

    private init(
        terminal: CursesTerminal, store: Store, screen: Screen, router: KeyRouter, wakePipe: NonBlockingPipe,
        signals: SignalPipe, environment: [String: String], logger: Logger
    ) {
        self.terminal = terminal
        self.store = store
        self.screen = screen
        self.router = router
        self.wakePipe = wakePipe
        self.signals = signals
        self.environment = environment
        self.logger = logger
    }

    private func run(session: Wiring.Session, cacheWriter: CacheWriter?) -> AppOutcome {
        store.onAppEffect = { [unowned self] effect in appEffects.append(effect) }
        reportViewport()
        // The cached queue, drafts and outbox come first: the first paint shows the list
        // before the network has said a word, and offline it is all there is.
        if let cache = session.cache {
            if let problem = CacheStartup.restore(into: store, from: cache) {
                store.send(.localStoreFailed(problem))
            }
            CacheStartup.loadRest(from: cache, post: store.mailbox.post) { [logger] error in
                logger.warning("cache: \(error)")
            }
        } else if let problem = session.cacheProblem {
            store.send(.localStoreFailed(problem))
        }
        store.send(.started)
        performAppEffects()
        redraw()

        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakePipe.readDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals.readDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        while outcome == nil {
            for index in descriptors.indices { descriptors[index].revents = 0 }
            // Infinite timeout: the loop sleeps until there is something to do.
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .failed("poll() failed (errno \(errno))")
            }
            var changed = false
            if descriptors[2].revents != 0 { changed = handleSignals() || changed }
            if descriptors[0].revents & Int16(POLLIN) != 0 {
                changed = handleInput() || changed
            } else if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                // The terminal went away (window closed): nobody is left to see a screen.
                return .interrupted(SIGHUP)
            }
            if descriptors[1].revents != 0 {
                _ = wakePipe.drain()
                changed = store.processMailbox() || changed
            }
            changed = performAppEffects() || changed
            if changed && outcome == nil { redraw() }
        }
        return outcome ?? .quit
    }

    // MARK: Events

    private func handleInput() -> Bool {
        var changed = false
        for event in terminal.keyReader.readEvents() {
            switch event {
            case .resized:
                resize()
                changed = true
            case .key(.control("l")) where store.state.compose == nil:
                // Ctrl-L repaints the whole screen, as in every curses program.
                invalidate()
                changed = true
            case .key(.focusIn):
                // Focus reports are not keys the agent pressed: they only set the pace of the
                // background refresh (slower while the terminal is in the background).
                if store.send(.focusChanged(true, at: Date())) { changed = true }
            case .key(.focusOut):
                if store.send(.focusChanged(false, at: Date())) { changed = true }
            case .key(let key):
                // The reducer reads time only from state, so each key first tells it the time:
                // undo windows and held replies are measured from the key, not the last tick.
                if store.send(.keyPressed(at: Date())) { changed = true }
                for action in router.actions(for: key, in: store.state) where store.send(action) {
                    changed = true
                }
                if performAppEffects() { changed = true }
            }
            if outcome != nil { break }
        }
        return changed
    }

    private func handleSignals() -> Bool {
        var changed = false
        for signalNumber in signals.drain() {
            if signalNumber == SIGWINCH {
                resize()
                changed = true
            } else if Self.stopSignals.contains(signalNumber) {
                outcome = .interrupted(signalNumber)
            }
        }
        return changed
    }

    private func resize() {
        terminal.updateSize()
        invalidate()
        reportViewport()
    }

    /// Makes the next frame repaint every cell.
    private func invalidate() {
        terminal.invalidate()
        screen.invalidate()
    }

    /// Tells the store how many rows the panes have now (they change with the size and when
    /// the compose pane opens), so paging moves by a screenful.
    @discardableResult
    private func reportViewport() -> Bool {
        let viewport = screen.viewport(for: terminal.size, state: store.state)
        guard reportedViewport.map({ $0 != viewport }) ?? true else { return false }
        reportedViewport = viewport
        return store.send(.viewportChanged(listRows: viewport.listRows, timelineRows: viewport.timelineRows))
    }

    /// Tells the store how long the open timeline is once drawn, so scrolling stops at its end.
    private func reportTimelineLength() -> Bool {
        guard let lines = screen.timelineLineCount, lines != reportedTimelineLines else { return false }
        reportedTimelineLines = lines
        return store.send(.timelineLaidOut(lines: lines))
    }

    /// Performs the effects only the app can: quitting and `$EDITOR`.
    @discardableResult
    private func performAppEffects() -> Bool {
        var changed = false
        while !appEffects.isEmpty {
            let effect = appEffects.removeFirst()
            switch effect {
            case .quit:
                outcome = .quit
            case .editExternally(let text):
                let edited = ExternalEditor.edit(text, terminal: terminal, environment: environment)
                store.send(.externalEditFinished(edited))
                invalidate()
                changed = true
            default:
                logger.warning("unexpected app effect \(effect)")
            }
        }
        return changed
    }

    /// Draws the state; when drawing shows the store something it needs to know (new pane
    /// sizes, the timeline's length), tells it and draws once more.
    private func redraw() {
        for _ in 0..<3 {
            screen.render(store.state, on: terminal)
            let viewportChanged = reportViewport()
            let timelineChanged = reportTimelineLength()
            guard viewportChanged || timelineChanged else { return }
        }
    }
}
