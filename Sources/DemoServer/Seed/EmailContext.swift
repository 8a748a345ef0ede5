/// What a generated message may mention: who writes, to whom, about what.
struct EmailContext: Sendable {
    var customerName: String
    var agentName: String
    var brandName: String
    var title: String
    var ticketID: Int
}
