import TickettyCore
import XCTest
@testable import TickettyStore

final class EffectTimersTests: XCTestCase {
    /// Sent by the last timer a test sets, so the test knows every earlier one had its chance.
    private static let sentinel = Action.externalEditFinished("sentinel")

    func testANewTimerReplacesTheOldOneOfItsKind() async {
        let wakeups = Wakeups()
        let timers = EffectTimers(send: wakeups.mailbox.post)
        timers.schedule(.refresh, afterSeconds: 0.05) { .refreshDue }
        timers.schedule(.refresh, afterSeconds: 0.01) { .agentsLoaded([]) }
        // Due well after the replaced timer would have fired.
        timers.schedule(.clockTick, afterSeconds: 0.3) { Self.sentinel }

        let received = await wakeups.collect { $0.contains(Self.sentinel) }
        XCTAssertEqual(received, [.agentsLoaded([]), Self.sentinel], "the replaced refresh never fired")
    }

    func testTimersOfDifferentKindsRunSideBySide() async {
        let wakeups = Wakeups()
        let timers = EffectTimers(send: wakeups.mailbox.post)
        timers.schedule(.refresh, afterSeconds: 0.02) { .refreshDue }
        timers.schedule(.clockTick, afterSeconds: 0.01) { .clockTicked(Fixture.now) }
        let received = await wakeups.collect { $0.count == 2 }
        XCTAssertEqual(Set(received), [.refreshDue, .clockTicked(Fixture.now)])
    }

    func testCancelledTimersStaySilent() async {
        let wakeups = Wakeups()
        let timers = EffectTimers(send: wakeups.mailbox.post)
        timers.schedule(.refresh, afterSeconds: 0.01) { .refreshDue }
        timers.cancelAll()
        timers.schedule(.clockTick, afterSeconds: 0.2) { Self.sentinel }
        let received = await wakeups.collect { $0.contains(Self.sentinel) }
        XCTAssertEqual(received, [Self.sentinel])
    }

    func testNegativeOrNaNDelaysFireAtOnceInsteadOfTrapping() async {
        let wakeups = Wakeups()
        let timers = EffectTimers(send: wakeups.mailbox.post)
        timers.schedule(.clockTick, afterSeconds: -.infinity) { .clockTicked(Fixture.now) }
        timers.schedule(.refresh, afterSeconds: .nan) { .refreshDue }
        let received = await wakeups.collect { $0.count == 2 }
        XCTAssertEqual(Set(received), [.refreshDue, .clockTicked(Fixture.now)])
    }
}
