import Foundation
import GRDB

/// Everything a request handler needs: the database, the keys, the faults and the clock.
final class Desk: Sendable {
    let database: any DatabaseWriter
    let faults: FaultController
    let keys: KeyRing
    let catalog: DeskCatalog
    /// Seconds since 1970 now; injectable so tests can pin time.
    let now: @Sendable () -> Int

    init(
        database: any DatabaseWriter, faults: FaultController, keys: KeyRing, catalog: DeskCatalog,
        now: @escaping @Sendable () -> Int
    ) {
        self.database = database
        self.faults = faults
        self.keys = keys
        self.catalog = catalog
        self.now = now
    }

    /// Opens the configured database, migrates it and seeds it when it holds no tickets.
    static func open(
        _ configuration: DemoServerConfiguration,
        now: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }
    ) async throws(DemoServerError) -> Desk {
        guard configuration.ticketCount >= 0 else {
            throw .invalidConfiguration("ticket count must not be negative")
        }
        guard configuration.faults.isValid else {
            throw .invalidConfiguration("fault rates must be within 0...1")
        }
        let database: any DatabaseWriter
        let catalog: DeskCatalog
        do {
            if let path = configuration.databasePath {
                database = try DatabasePool(path: path)
            } else {
                database = try DatabaseQueue()
            }
            try DemoMigrator.migrator.migrate(database)
            let seeder = SeedGenerator(
                seed: configuration.seed, ticketCount: configuration.ticketCount,
                hostileSamples: configuration.hostileSamples, now: now())
            catalog = try await database.write { db in
                if try TicketRecord.fetchCount(db) == 0 && AgentRecord.fetchCount(db) == 0 {
                    try seeder.seed(db)
                }
                return try DeskCatalog.load(db)
            }
        } catch {
            throw .database(String(describing: error))
        }
        return Desk(
            database: database,
            faults: FaultController(faults: configuration.faults, seed: configuration.seed),
            keys: KeyRing(configuration), catalog: catalog, now: now)
    }
}
