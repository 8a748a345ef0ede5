extension Theme {
    /// The theme used when no theme file is found: dark, 256 colours.
    ///
    /// It is the same theme as `themes/default.toml` (a test keeps the two equal), so copying
    /// that file is a good start for a custom theme.
    public static let builtInDefault: Theme = {
        func c(_ fg: UInt8?, _ bg: UInt8? = nil, _ attributes: TextAttributes = []) -> CellStyle {
            CellStyle(
                foreground: fg.map(TerminalColor.indexed) ?? .default,
                background: bg.map(TerminalColor.indexed) ?? .default,
                attributes: attributes)
        }
        let table: [ThemeRole: CellStyle] = [
            .text: c(nil),
            .dim: c(244),
            .border: c(240),
            .borderFocused: c(39, nil, .bold),
            .title: c(250),
            .titleFocused: c(39, nil, .bold),
            .header: c(250, nil, .bold),
            .selectedRow: c(255, 24, .bold),
            .markedRow: c(220),
            .mark: c(220, nil, .bold),
            .pending: c(244),
            .empty: c(244, nil, .italic),

            .statusNew: c(81, nil, .bold),
            .statusOpen: c(209),
            .statusPending: c(75),
            .statusHolding: c(141),
            .statusSolved: c(114),
            .statusClosed: c(244),

            .priorityLow: c(244),
            .priorityMedium: c(nil),
            .priorityHigh: c(214),
            .priorityUrgent: c(196, nil, .bold),

            .slaOK: c(114),
            .slaSoon: c(214, nil, .bold),
            .slaBreached: c(231, 160, .bold),

            .ticketHeader: c(nil, nil, .bold),
            .label: c(244),
            .tag: c(110),
            .customerMessage: c(117, nil, .bold),
            .agentMessage: c(150, nil, .bold),
            .note: c(221),
            .event: c(242),
            .body: c(nil),
            .timestamp: c(244),

            .composeText: c(nil),
            .composeHint: c(244),

            .statusLine: c(252, 236),
            .statusAccount: c(231, 25, .bold),
            .statusDemo: c(16, 214, .bold),
            .statusError: c(231, 160, .bold),
            .statusInfo: c(150, 236),
            .statusFilter: c(231, 236, .bold),

            .menu: c(252, 235),
            .menuBorder: c(39, 235),
            .menuTitle: c(39, 235, .bold),
            .menuSelected: c(16, 39, .bold),
            .menuKey: c(221, 235, .bold),
            .menuGroup: c(244, 235, .underline),
        ]
        return Theme(table)
    }()
}
