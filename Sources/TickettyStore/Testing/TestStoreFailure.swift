/// What a ``TestStore`` step got wrong, one line per difference.
public struct TestStoreFailure: Error, Hashable, CustomStringConvertible {
    public let action: Action
    public let problems: [String]

    public var description: String {
        "After \(action):\n" + problems.map { "  " + $0 }.joined(separator: "\n")
    }
}
