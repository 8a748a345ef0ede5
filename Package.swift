// swift-tools-version:6.0
import PackageDescription

// Dependencies point inward: the executables wire everything; TickettyCore
// (domain types and the HelpdeskBackend seam) depends on nothing.
let package = Package(
    name: "ticketty",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ticketty", targets: ["ticketty"]),
        .executable(name: "desksim", targets: ["desksim"]),
        .executable(name: "ticketty-bench", targets: ["ticketty-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.24.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // System libraries, each confined to one shim.
        .systemLibrary(
            name: "CNCursesW", pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        // Domain model and the backend seam.
        .target(name: "TickettyCore"),

        // HTML e-mail to terminal text, and the sanitiser every server string passes.
        .target(name: "HTMLText", dependencies: ["CLibXML2"]),

        // State, actions, the pure reducer, effects and their runner.
        .target(name: "TickettyStore", dependencies: ["TickettyCore"]),

        // Cell buffer, panes, keymap and themes; no terminal library here.
        .target(
            name: "TickettyUI",
            dependencies: [
                "TickettyStore", "TickettyCore", "HTMLText",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),

        // The local SQLite database of one account: cached tickets, timelines, outbox, drafts.
        .target(
            name: "TickettyCache",
            dependencies: [
                "TickettyCore", "TickettyStore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),

        // The ncursesw terminal: the only module that imports CNCursesW.
        .target(name: "TickettyCurses", dependencies: ["CNCursesW", "TickettyUI"]),

        // Omnidesk v2 over HTTP.
        .target(
            name: "OmnideskBackend",
            dependencies: [
                "TickettyCore", "HTMLText",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]),

        // The Omnidesk-compatible demo and test server. Shares no types with OmnideskBackend.
        .target(
            name: "DemoServer",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]),

        .executableTarget(
            name: "ticketty",
            dependencies: [
                "TickettyCore", "TickettyStore", "TickettyUI", "TickettyCurses",
                "OmnideskBackend", "DemoServer", "HTMLText", "TickettyCache",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        .executableTarget(
            name: "desksim",
            dependencies: [
                "DemoServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "ticketty-bench",
            dependencies: [
                "HTMLText", "TickettyCore", "TickettyStore", "TickettyUI", "TickettyCache",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "TickettyCoreTests", dependencies: ["TickettyCore"]),
        .testTarget(name: "HTMLTextTests", dependencies: ["HTMLText"]),
        .testTarget(name: "TickettyStoreTests", dependencies: ["TickettyStore", "TickettyCore"]),
        // GRDB too: the migration tests write databases in the format of older builds by hand.
        .testTarget(
            name: "TickettyCacheTests",
            dependencies: [
                "TickettyCache", "TickettyCore", "TickettyStore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // The store, its effect runner and the Omnidesk client together against the demo desk.
        .testTarget(
            name: "StoreIntegrationTests",
            dependencies: ["TickettyStore", "TickettyCore", "OmnideskBackend", "DemoServer"]),
        .testTarget(name: "TickettyUITests", dependencies: ["TickettyUI", "TickettyStore", "TickettyCore"]),
        .testTarget(
            name: "DemoServerTests",
            dependencies: [
                "DemoServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "OmnideskBackendTests",
            dependencies: ["OmnideskBackend", "TickettyCore", "DemoServer"]),
        .testTarget(name: "TickettyCursesTests", dependencies: ["TickettyCurses"]),
        .testTarget(name: "TickettyTests", dependencies: ["ticketty"]),
        // Drives the ticketty and desksim binaries in tmux; the README's `swift build && swift test` builds them first.
        // GRDB: to see, read-only, what ticketty's outbox has on disk before a test kills it.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["DemoServer", "ticketty", "desksim", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
