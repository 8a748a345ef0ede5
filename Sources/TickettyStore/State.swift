import Foundation
import TickettyCore

/// Everything the screen shows, in one value.
///
/// The reducer is the only thing that changes it; panes only read it.
public struct State: Hashable, Sendable {
    /// The account shown in the status line ("DEMO" for the built-in demo desk).
    public var accountName: String
    public var isDemo: Bool
    /// The current time, moved on by `clockTicked`; SLA countdowns are relative to it.
    public var now: Date
    /// When the agent last pressed a key (from the program's start until the first key).
    public var lastKeyAt: Date?
    /// Whether the terminal has focus, as its focus reports say (true when it sends none).
    public var isTerminalFocused: Bool
    /// Seconds between background refreshes of the list.
    public var refreshInterval: Double

    /// Every ticket known, by id. Every change marks the filter's corpus stale.
    public var tickets: [TicketID: Ticket] {
        get { storedTickets }
        // An explicit `_modify` keeps `tickets[id] = ticket` in place: a `didSet` observer
        // made the setter copy the whole dictionary from another module (tests, the bench),
        // which turned loading 100,000 tickets one by one into minutes.
        _modify {
            searchIndex.ticketsChanged()
            yield &storedTickets
        }
        set {
            searchIndex.ticketsChanged()
            storedTickets = newValue
        }
    }
    private var storedTickets: [TicketID: Ticket]
    /// The list as shown: filtered, most recently updated first.
    public var visibleTicketIDs: [TicketID]
    /// How many tickets the server says the listing has.
    public var totalOnServer: Int?
    /// The ticket under the list cursor.
    public var selectedTicketID: TicketID?
    /// Tickets marked with Space; actions apply to all of them.
    public var marked: Set<TicketID>
    /// The list filter typed after `/`.
    public var filter: String
    /// Whether keys currently go to the filter field.
    public var isEditingFilter: Bool
    /// Who `is:mine` in the filter means: an agent's id or name (the configuration's `me`);
    /// `nil` when unknown, and then no ticket is mine.
    public var me: String?

    public var focus: Pane
    /// The ticket whose timeline is shown (its detail may still be loading).
    public var openTicketID: TicketID?
    /// The loaded detail of the open ticket.
    public var openTicket: TicketDetail?
    /// How many lines the timeline is scrolled down.
    public var timelineScroll: Int
    /// How many lines the open ticket's timeline has when laid out, once the UI reported it
    /// (`timelineLaidOut`); lets the reducer keep `timelineScroll` within the text.
    public var timelineLineCount: Int?

    /// Rows available to the list and the timeline, reported by the UI for paging.
    public var listRows: Int
    public var timelineRows: Int

    /// The draft in the compose pane, if it is open.
    public var compose: Draft?
    /// Reply drafts left with Esc, by ticket; opening a reply again brings them back.
    public var drafts: [TicketID: Draft]
    /// Internal-note drafts left with Esc, by ticket (kept apart so a note never eats a reply).
    public var noteDrafts: [TicketID: Draft]

    public var overlay: Overlay?
    public var sync: SyncStatus
    /// The list refresh under way, if any: which page is awaited and what it found so far.
    public var listSync: ListSync?
    /// Whether a local cache backs this session (timelines are then read from it first).
    public var hasLocalCache: Bool
    /// Whether the whole list has been paged in once; later refreshes stop paging early at
    /// the first page whose last ticket is unchanged.
    public var hasLoadedAllTickets: Bool
    /// How many tickets each list request asks for.
    public var pageSize: Int
    /// The last thing worth telling the agent: an error in plain words, or a confirmation.
    public var message: StatusMessage?

    /// Writes shown optimistically and not yet confirmed.
    public var pendingWrites: [PendingWrite]
    /// Writes the server confirmed, with the tickets as they were before, until server data
    /// newer than that arrives (see Reducer+Writes).
    public var landedWrites: [PendingWrite]
    /// Seconds a reply waits before it is sent, so `u` can still take it back (0: at once).
    public var undoSendDelay: Double
    /// Seconds after an action during which `u` undoes it.
    public var undoWindow: Double
    /// The actions `u` can undo, oldest first.
    public var undoHistory: [UndoRecord]
    /// The id the next write gets.
    public var nextWriteID: Int

    public var agents: [Agent]
    public var groups: [AgentGroup]
    /// Whether the agents still need loading: until they load, or the server refuses them for
    /// good (a key without USER_READ); refreshes ask again while it is set.
    public var agentsWanted: Bool

    /// What the message cache and the server found for the filter's plain words.
    public var filterSearch: FilterSearch
    /// The account's saved views, once loaded.
    public var views: [SavedView]?
    /// The saved view the list shows, or `nil` for every ticket.
    public var activeView: ViewListing?
    /// A `:view NAME` typed before the views loaded, applied when they arrive.
    public var viewAwaitingViews: String?

    /// Whether the filter's corpus is built for the tickets as they are (else the next filter
    /// keystroke builds it first).
    public var isFilterReady: Bool { !searchIndex.isStale }

    /// Folded search keys for the filter (a cache that never compares unequal).
    var searchIndex = SearchIndex()

    public init(accountName: String, isDemo: Bool = false, now: Date = Date(), refreshInterval: Double = 60) {
        self.accountName = accountName
        self.isDemo = isDemo
        self.now = now
        self.refreshInterval = refreshInterval
        self.lastKeyAt = nil
        self.isTerminalFocused = true
        self.storedTickets = [:]
        self.visibleTicketIDs = []
        self.totalOnServer = nil
        self.selectedTicketID = nil
        self.marked = []
        self.filter = ""
        self.isEditingFilter = false
        self.me = nil
        self.filterSearch = FilterSearch()
        self.views = nil
        self.activeView = nil
        self.viewAwaitingViews = nil
        self.focus = .list
        self.openTicketID = nil
        self.openTicket = nil
        self.timelineScroll = 0
        self.timelineLineCount = nil
        self.listRows = 20
        self.timelineRows = 20
        self.compose = nil
        self.drafts = [:]
        self.noteDrafts = [:]
        self.overlay = nil
        self.sync = .idle
        self.listSync = nil
        self.hasLoadedAllTickets = false
        self.hasLocalCache = false
        self.pageSize = 500
        self.message = nil
        self.pendingWrites = []
        self.landedWrites = []
        self.undoSendDelay = 5
        self.undoWindow = 60
        self.undoHistory = []
        self.nextWriteID = 1
        self.agents = []
        self.groups = []
        self.agentsWanted = true
    }
}
