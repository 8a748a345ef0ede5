/// Drives the reducer step by step and checks every change, like TCA's `TestStore`.
///
/// Each `send` says how the state must change and exactly which effects must come out; any
/// other change, or any other effect, makes it throw a ``TestStoreFailure`` naming the fields
/// that differ. It uses no XCTest, so it works under XCTest and Swift Testing alike:
///
/// ```swift
/// let store = TestStore(state: state)
/// try store.send(.command(.setStatus(.solved)), {
///     $0.tickets[42]?.status = .solved
///     $0.pendingWrites = [PendingWrite(id: 1, write: .setStatus(.solved, [42]), previous: [before])]
///     $0.nextWriteID = 2
/// }, effects: [.perform(.setStatus(.solved, [42]), id: 1)])
/// ```
public final class TestStore {
    /// The state after the last step (the actual one, even when that step failed).
    public private(set) var state: State

    public init(state: State) {
        self.state = state
    }

    /// Reduces `action` and checks the result.
    ///
    /// - Parameters:
    ///   - update: Turns the previous state into the expected one; omit it when nothing changes.
    ///   - effects: The effects expected, in order.
    /// - Returns: The effects, for steps that feed their outcome back.
    /// - Throws: ``TestStoreFailure`` when the state or the effects differ from the expectation.
    @discardableResult
    public func send(
        _ action: Action, _ update: (inout State) throws -> Void = { _ in }, effects expected: [Effect] = []
    ) throws -> [Effect] {
        var expectedState = state
        try update(&expectedState)
        let effects = reduce(into: &state, action: action)
        var problems = StateDiff.lines(expected: expectedState, actual: state)
        if effects != expected {
            problems.append("effects: expected \(expected), got \(effects)")
        }
        if !problems.isEmpty {
            throw TestStoreFailure(action: action, problems: problems)
        }
        return effects
    }
}
