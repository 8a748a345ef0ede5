import Foundation
import TickettyStore

/// Draws states on a terminal: a full frame into a cell buffer, then only the difference.
///
/// The screen owns what must survive between frames: the previous frame (to diff against),
/// the list's scroll offset and the laid-out timeline. Drawing costs the visible rows, not the
/// number of tickets.
///
/// ```swift
/// let screen = Screen(theme: .builtInDefault)
/// let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
/// screen.render(state, on: terminal)
/// ```
public final class Screen {
    /// The styles panes draw with; changing it redraws everything.
    public var theme: Theme {
        didSet { if theme != oldValue { invalidate() } }
    }
    /// The bindings the help overlay and hints show.
    public let keymap: Keymap
    /// The calendar (and time zone) used for times on screen.
    public let calendar: Calendar

    private var previous: CellBuffer?
    private var frame = CellBuffer(size: Size(columns: 0, rows: 0))
    private var previousCursor: Position?
    private var listState = ListScrollState()
    /// Rendered timeline lines, reused while scrolling.
    public let timelineCache = TimelineLayoutCache()
    /// How many lines the open timeline had in the last frame (`nil` while none is loaded);
    /// the app reports changes with `Action.timelineLaidOut(lines:)`.
    public private(set) var timelineLineCount: Int?

    /// A screen drawing with `theme`, showing times in `timeZone`.
    public init(theme: Theme = .builtInDefault, keymap: Keymap = .defaults, timeZone: TimeZone = .current) {
        self.theme = theme
        self.keymap = keymap
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// Draws `state` and sends the device only the cells that changed since the last frame.
    public func render(_ state: State, on device: TerminalDevice) {
        let cursor = draw(state, size: device.size)
        let updates = BufferDiff.updates(from: previous, to: frame)
        if !updates.isEmpty || cursor != previousCursor || previous == nil {
            device.apply(updates, cursor: cursor)
        }
        previousCursor = cursor
        // Swap rather than copy: next frame draws into the old buffer's storage.
        if var old = previous, old.size == frame.size {
            previous = nil  // so `old` holds the only reference and is reused without a copy
            swap(&old, &frame)
            previous = old
        } else {
            previous = frame
            frame = CellBuffer(size: frame.size)
        }
    }

    /// Forgets the previous frame so the next one is sent whole (after a resize or Ctrl-L,
    /// together with `TerminalDevice.invalidate()`).
    public func invalidate() {
        previous = nil
        previousCursor = nil
    }

    /// The frame for `state` at a size, without a device (tests, snapshots).
    public func frame(for state: State, size: Size) -> CellBuffer {
        _ = draw(state, size: size)
        return frame
    }

    /// Where the panes go for a size and state.
    public func layout(for size: Size, state: State) -> Layout {
        Layout(size: size, composeOpen: state.compose != nil)
    }

    /// The rows the list and the timeline show: send `viewportChanged` when it changes.
    public func viewport(for size: Size, state: State) -> (listRows: Int, timelineRows: Int) {
        let layout = layout(for: size, state: state)
        return (layout.listRows, layout.timelineRows)
    }

    /// Draws a full frame into `frame`; returns where the cursor goes.
    private func draw(_ state: State, size: Size) -> Position? {
        if frame.size != size { frame = CellBuffer(size: size) } else { frame.reset() }
        let layout = layout(for: size, state: state)

        var list = TicketListPane(scroll: listState, calendar: calendar)
        list.render(state, in: layout.list, into: &frame, theme: theme)
        listState = list.scroll

        if let separator = layout.separator {
            for row in separator.y..<separator.maxY {
                frame.write("│", at: Position(column: separator.x, row: row), style: theme[.border], maxWidth: 1)
            }
        }
        timelineLineCount = TimelinePane(cache: timelineCache, calendar: calendar)
            .render(state, in: layout.timeline, into: &frame, theme: theme)
        var cursor: Position?
        if let rect = layout.compose {
            cursor = ComposePane(keymap: keymap).render(state, in: rect, into: &frame, theme: theme)
        }
        StatusLine(calendar: calendar, keymap: keymap).render(state, in: layout.status, into: &frame, theme: theme)

        if let overlay = state.overlay {
            let screen = Rect(x: 0, y: 0, width: size.columns, height: max(0, size.rows - 1))
            switch overlay {
            case .statusMenu: StatusMenu.menu(for: state).render(on: screen, into: &frame, theme: theme)
            case .priorityMenu: PriorityMenu.menu(for: state).render(on: screen, into: &frame, theme: theme)
            case .assignPicker(let picker): AssignPicker().render(state, picker: picker, on: screen, into: &frame, theme: theme)
            case .viewPicker(let picker): ViewPicker().render(state, picker: picker, on: screen, into: &frame, theme: theme)
            case .help(let picker): HelpOverlay(keymap: keymap).render(state, picker: picker, on: screen, into: &frame, theme: theme)
            case .confirmQuit: ConfirmQuit().render(state, on: screen, into: &frame, theme: theme)
            case .commandLine(let input): CommandLinePrompt().render(input, in: layout.status, into: &frame, theme: theme)
            case .textPrompt(let prompt):
                TextPromptLine().render(prompt, state: state, in: layout.status, into: &frame, theme: theme)
            case .confirmWrite(let write): ConfirmWriteBox().render(write, state: state, on: screen, into: &frame, theme: theme)
            case .createForm(let form): CreateTicketForm().render(form, on: screen, into: &frame, theme: theme)
            }
            cursor = nil
        }
        return cursor
    }
}
