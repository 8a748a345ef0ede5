import Testing
import TickettyCore

@testable import TickettyCache

@Suite struct DirectoryAndFactsTests {
    @Test func agentsAndGroupsAreReplacedInServerOrder() throws {
        let cache = try AccountCache.inMemory()
        try cache.save(agents: [Agent(id: 1, name: "Old")])
        try cache.save(agents: [Agent(id: 9, name: "Zoë"), Agent(id: 2, name: "Ana")])
        try cache.save(groups: [AgentGroup(id: 3, name: "Finance"), AgentGroup(id: 1, name: "Support")])

        #expect(try cache.loadAgents() == [Agent(id: 9, name: "Zoë"), Agent(id: 2, name: "Ana")])
        #expect(try cache.loadGroups() == [AgentGroup(id: 3, name: "Finance"), AgentGroup(id: 1, name: "Support")])
    }

    @Test func factsAreSetReplacedAndCleared() throws {
        let cache = try AccountCache.inMemory()
        #expect(try cache.value(forKey: "lastFullSync") == nil)
        try cache.setValue("2026-11-21T19:00:00Z", forKey: "lastFullSync")
        try cache.setValue("2026-11-21T20:00:00Z", forKey: "lastFullSync")
        #expect(try cache.value(forKey: "lastFullSync") == "2026-11-21T20:00:00Z")
        try cache.setValue(nil, forKey: "lastFullSync")
        #expect(try cache.value(forKey: "lastFullSync") == nil)
    }
}
