import TickettyStore

extension Keymap {
    /// The bindings ticketty ships with: vi-style moving, one letter per ticket action.
    public static let defaults = Keymap([
        .list: browsing + [
            KeyBinding([.enter], .openSelected),
            KeyBinding([.character(" ")], .toggleMark),
            KeyBinding([.character("/")], .startFilter),
            KeyBinding([.character("v")], .openViewPicker),
        ],
        .timeline: browsing + [
            KeyBinding([.character(" ")], .pageDown),
        ],
        .compose: [
            KeyBinding([.control("s")], .sendCompose),
            KeyBinding([.control("e")], .editComposeExternally),
            KeyBinding([.escape], .cancelCompose),
            KeyBinding([.tab], .cycleFocus),
            KeyBinding([.function(1)], .showHelp),
        ],
    ])

    /// What the list and the timeline share: moving, ticket actions, the program.
    private static let browsing: [KeyBinding] = [
        KeyBinding([.character("k"), .up], .moveUp),
        KeyBinding([.character("j"), .down], .moveDown),
        KeyBinding([.character("g"), .home], .moveToFirst),
        KeyBinding([.character("G"), .end], .moveToLast),
        KeyBinding([.pageUp, .control("b")], .pageUp),
        KeyBinding([.pageDown, .control("f")], .pageDown),
        KeyBinding([.tab], .cycleFocus),
        KeyBinding([.escape], .back),
        KeyBinding([.character("s")], .openStatusMenu),
        KeyBinding([.character("p")], .openPriorityMenu),
        KeyBinding([.character("a")], .openAssignPicker),
        KeyBinding([.character("u")], .undo),
        KeyBinding([.character("t")], .openTagPrompt),
        KeyBinding([.character("e")], .editTitle),
        KeyBinding([.character("c")], .startCreate),
        KeyBinding([.character("D")], .deleteTickets),
        KeyBinding([.character("X")], .unlinkCustomer),
        KeyBinding([.character("r")], .startReply),
        KeyBinding([.character("n")], .startNote),
        KeyBinding([.character("R")], .refreshNow),
        KeyBinding([.character(":")], .startCommandLine),
        KeyBinding([.character("?"), .function(1)], .showHelp),
        KeyBinding([.character("q")], .quit),
    ]
}
