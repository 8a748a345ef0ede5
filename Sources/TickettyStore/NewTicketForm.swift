import TickettyCore

/// The `c` form: what a new ticket needs, with defaults filled in; Tab moves between fields.
///
/// Text fields take typing; the direction and the group are choices that Left, Right and
/// Space cycle. Enter or Ctrl-S submits once the required fields are filled, Esc drops the
/// whole form.
public struct NewTicketForm: Hashable, Sendable {
    /// The fields in the order Tab visits them.
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case title, message, customer, customerName, direction, group, supportAddress, brand

        /// The label the form shows before the field.
        public var label: String {
            switch self {
            case .title: "Title"
            case .message: "Message"
            case .customer: "Customer"
            case .customerName: "Name"
            case .direction: "Direction"
            case .group: "Group"
            case .supportAddress: "Our address"
            case .brand: "Brand ID"
            }
        }

        /// Whether the field is a choice cycled with Left and Right rather than typed.
        public var isChoice: Bool { self == .direction || self == .group }
    }

    public var title = LineField()
    /// The first message: a note on inbound tickets, a reply to the customer on outbound ones.
    public var message = LineField()
    /// The customer's address.
    public var customer = LineField()
    public var customerName = LineField()
    public var direction = NewTicket.Direction.inbound
    /// The groups offered, the first being "none"; `groupIndex` picks one.
    public var groups: [AgentGroup?]
    public var groupIndex: Int
    /// The helpdesk's own address: where inbound mail went, where outbound mail comes from.
    public var supportAddress: LineField
    public var brand: LineField
    public var focused = Field.title
    /// Why the last submit was refused, shown at the bottom of the form.
    public var problem: String?

    public init(groups: [AgentGroup], group: AgentGroup?, supportAddress: String, brandID: Int) {
        self.groups = [nil] + groups
        self.groupIndex = group.flatMap { wanted in groups.firstIndex { $0.id == wanted.id } }.map { $0 + 1 } ?? 0
        self.supportAddress = LineField(supportAddress)
        self.brand = LineField(String(brandID))
    }

    /// The group chosen, if any.
    public var group: AgentGroup? { groups.indices.contains(groupIndex) ? groups[groupIndex] : nil }

    /// The text of a typed field (choices have none).
    public func text(of field: Field) -> LineField? {
        switch field {
        case .title: title
        case .message: message
        case .customer: customer
        case .customerName: customerName
        case .supportAddress: supportAddress
        case .brand: brand
        case .direction, .group: nil
        }
    }

    /// What a choice field shows.
    public func choice(of field: Field) -> String? {
        switch field {
        case .direction: direction == .inbound ? "inbound (the customer wrote to us)" : "outbound (we write to the customer)"
        case .group: group?.name ?? "none"
        default: nil
        }
    }
}
