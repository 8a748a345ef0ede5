import Foundation
import TickettyStore
import TickettyUI

/// The app's session without a terminal: a store with no backend, the real screen and key
/// router, and a headless terminal the frames are diffed onto.
///
/// ``press(_:)`` is what `AppLoop` does between `poll()` returning with a key and the frame
/// written: tell the store the time, route the key to actions, reduce them, draw, diff, and
/// report the viewport if the layout changed. Keep the two in step.
final class HeadlessSession {
    let store: Store
    let screen: Screen
    let terminal: HeadlessTerminal
    private let router: KeyRouter
    private var reportedViewport: (listRows: Int, timelineRows: Int)?
    /// Signalled when background work posts into the mailbox, as the app's wake pipe is.
    private let wakes = DispatchSemaphore(value: 0)

    /// A session over `state` on a virtual screen of `size`; nothing drawn yet.
    init(state: State, size: Size, keymap: Keymap = .defaults) {
        // No runner: the effects (requests, timers) are dropped, so only the UI thread's work is timed.
        let wakes = self.wakes
        store = Store(state: state, runner: nil, mailbox: ActionMailbox(wake: { wakes.signal() }))
        screen = Screen(theme: .builtInDefault, keymap: keymap, timeZone: .gmt)
        terminal = HeadlessTerminal(size: size)
        router = KeyRouter(keymap: keymap)
        reportViewport()
    }

    /// Handles one key as the app does, up to and including the redrawn frame.
    func press(_ key: Key) {
        store.send(.keyPressed(at: Date()))
        for action in router.actions(for: key, in: store.state) {
            store.send(action)
        }
        redraw()
    }

    /// Waits (up to `seconds`) for the background work the app finishes while the agent looks
    /// at the screen — the filter's search corpus of a big queue — and takes it in, as
    /// `AppLoop` does when its wake pipe fires.
    func settle(seconds: Double = 5) {
        // A corpus begun before the last chunk merged is refused and begun again: wait for that.
        while !store.state.isFilterReady, wakes.wait(timeout: .now() + seconds) == .success {
            store.processMailbox()
        }
        redraw()
    }

    /// Reduces an action that did not come from a key (a cache slice, `.started`).
    func send(_ action: Action) {
        store.send(action)
    }

    /// Draws the state; when drawing changes what the store must know (pane sizes), tells it
    /// and draws again, like `AppLoop.redraw()`.
    func redraw() {
        for _ in 0..<3 {
            screen.render(store.state, on: terminal)
            guard reportViewport() else { return }
        }
    }

    @discardableResult
    private func reportViewport() -> Bool {
        let viewport = screen.viewport(for: terminal.size, state: store.state)
        guard reportedViewport.map({ $0 != viewport }) ?? true else { return false }
        reportedViewport = viewport
        return store.send(.viewportChanged(listRows: viewport.listRows, timelineRows: viewport.timelineRows))
    }
}
