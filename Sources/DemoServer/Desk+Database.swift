import GRDB

extension Desk {
    /// Reads off the event loop (GRDB's async API); database failures become 500s, and a
    /// ``DeskError`` thrown inside passes through.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(DeskError) -> T {
        do {
            return try await database.read(body)
        } catch let error as DeskError {
            throw error
        } catch {
            throw .internalError("database read failed: \(error)")
        }
    }

    /// Writes in one transaction: a ``DeskError`` thrown inside rolls everything back, so a
    /// rejected request changes nothing.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(DeskError) -> T {
        do {
            return try await database.write(body)
        } catch let error as DeskError {
            throw error
        } catch {
            throw .internalError("database write failed: \(error)")
        }
    }
}
