import Foundation

/// The fixed cast of the demo desk: brands, groups, agents, views, and the pools of names
/// and titles the generator draws from. Non-ASCII names are deliberate: they test the client.
enum SeedCatalog {
    static let brands = [
        BrandRecord(id: 1, name: "Nordlicht Outdoor", supportAddress: "support@nordlicht.example"),
        BrandRecord(id: 2, name: "Café Müller Online", supportAddress: "service@cafe-mueller.example"),
        BrandRecord(id: 3, name: "Sakura Electronics", supportAddress: "help@sakura-electronics.example"),
    ]

    static let groups = [
        GroupRecord(id: 10001, name: "Customer Support"),
        GroupRecord(id: 10002, name: "Finance"),
        GroupRecord(id: 10003, name: "Technical"),
        GroupRecord(id: 10004, name: "Sales"),
        GroupRecord(id: 10005, name: "Returns"),
    ]

    static let agents = [
        AgentRecord(id: 1, name: "Zoë Ångström", email: "zoe@desk.example", active: true),
        AgentRecord(id: 2, name: "Łukasz Kowalczyk", email: "lukasz@desk.example", active: true),
        AgentRecord(id: 3, name: "田中 花子", email: "hanako@desk.example", active: true),
        AgentRecord(id: 4, name: "José Álvarez", email: "jose@desk.example", active: true),
        AgentRecord(id: 5, name: "Marleen de Vries", email: "marleen@desk.example", active: true),
        AgentRecord(id: 6, name: "Thomas Berg", email: "thomas@desk.example", active: true),
        AgentRecord(id: 7, name: "Aisha Rahman", email: "aisha@desk.example", active: true),
        AgentRecord(id: 8, name: "Søren Nørgaard", email: "soren@desk.example", active: false),
    ]

    static let views = [
        ViewRecord(id: 1, name: "New & open", statuses: "new,open", unassignedOnly: false),
        ViewRecord(id: 2, name: "Urgent", statuses: "new,open,pending,holding", priorities: "urgent", unassignedOnly: false),
        ViewRecord(id: 3, name: "Unassigned", statuses: "new,open,pending,holding", unassignedOnly: true),
        ViewRecord(id: 4, name: "Finance queue", statuses: "new,open,pending,holding", assignedGroupId: 10002, unassignedOnly: false),
        ViewRecord(id: 5, name: "Waiting on customer", statuses: "pending,holding", unassignedOnly: false),
        ViewRecord(id: 6, name: "Solved & closed", statuses: "solved,closed", unassignedOnly: false),
    ]

    static let firstNames = [
        "Björn", "Chloé", "Françoise", "Jürgen", "Małgorzata", "Ólafur", "Nguyễn Văn", "李", "Дмитрий",
        "Fatma", "Siobhán", "Renée", "Mateus", "Emma", "Liam", "Noah", "Olivia", "Yuki", "Ananya",
        "Kwame", "Ingrid", "Pádraig", "Zeynep", "Sven", "Élodie", "Hiroshi", "María José", "Amélie",
    ]

    static let lastNames = [
        "Müller", "Øster", "Núñez", "Kowalski", "Schröder", "Nakamura", "王", "Петров", "Yılmaz",
        "O'Brien", "Dubois", "Rossi", "Smith", "Jansen", "García", "Đorđević", "Haddad", "Lindqvist",
        "van der Berg", "Nowak", "Fernández", "Økland", "Tanaka", "Ćosić",
    ]

    static let mailDomains = ["gmail.example", "outlook.example", "icloud.example", "web.example", "firma.example"]

    /// Title templates; `{n}` becomes a seeded number.
    static let titles = [
        "Order #{n} hasn't arrived yet", "Refund for invoice INV-{n}", "Can't log in to my account",
        "Rechnung doppelt abgebucht", "注文した商品が届きません (#{n})", "Wrong size — exchange please 👟",
        "VAT number missing on invoice INV-{n}", "API returns 502 since this morning",
        "Quote for 40 licences", "Damaged on arrival 📦", "Password reset link expired",
        "Cancel my subscription", "Question about the warranty", "Change delivery address for order #{n}",
        "Bulk discount for schools?", "Commande #{n} : colis endommagé", "Firmware update bricked my device",
        "Double charge on my credit card", "Where is my return label?", "Invoice needs our PO number {n}",
        "App crashes when I open settings", "Zwrot pieniędzy za zamówienie #{n}", "Re: Your order #{n}",
        "Fwd: delivery problem", "Can I pick up in store?", "Discount code doesn't work 😕",
    ]

    /// The titles split at `{n}`, once, so seeding 100,000 tickets joins instead of searching.
    static let titleParts: [[String]] = titles.map { $0.components(separatedBy: "{n}") }

    /// The agents who can still be assigned.
    static let activeAgents = agents.filter(\.active)

    static let tags = ["vip", "billing", "shipping", "bug", "refund", "b2b", "warranty", "feedback", "urgent-reply", "日本"]

    /// Triggers that assign a group when a ticket arrives.
    static let assignmentTriggers = ["Assign to service", "Route finance mail", "Escalate urgent", "Round robin"]

    /// The trigger that closes solved tickets nobody answered.
    static let closingTrigger = "trigger: Auto-close after 7 days"
}
