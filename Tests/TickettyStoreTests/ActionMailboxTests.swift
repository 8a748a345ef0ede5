import TickettyCore
import XCTest
@testable import TickettyStore

final class ActionMailboxTests: XCTestCase {
    func testDrainReturnsActionsOldestFirstAndEmptiesTheMailbox() {
        let mailbox = ActionMailbox()
        mailbox.post(.refreshDue)
        mailbox.post(.agentsLoaded([]))
        XCTAssertEqual(mailbox.drain(), [.refreshDue, .agentsLoaded([])])
        XCTAssertEqual(mailbox.drain(), [])
    }

    func testWakesOnceUntilDrained() {
        let wakes = Locked(0)
        let mailbox = ActionMailbox(wake: { wakes.withLock { $0 += 1 } })
        mailbox.post(.refreshDue)
        mailbox.post(.refreshDue)
        XCTAssertEqual(wakes.withLock { $0 }, 1, "the pipe already has a byte for the first post")
        _ = mailbox.drain()
        mailbox.post(.refreshDue)
        XCTAssertEqual(wakes.withLock { $0 }, 2)
    }

    func testPostsFromManyThreadsAllArrive() async {
        let wakeups = Wakeups()
        let mailbox = wakeups.mailbox
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask { mailbox.post(.timelineLaidOut(lines: index)) }
            }
        }
        let received = await wakeups.collect { _ in true }
        XCTAssertEqual(Set(received), Set((0..<200).map { Action.timelineLaidOut(lines: $0) }))
    }
}
