/// Holds the faults in force and draws, per request, whether to inject one.
actor FaultController {
    /// What to do with one request.
    enum Decision: Equatable {
        case pass
        case fail
        case rateLimit(retryAfter: Int)
        case html
        case hang(seconds: Double)
        case lateAnswer(seconds: Double)
    }

    private var faults: Faults
    private var random: SeededRandom

    init(faults: Faults, seed: UInt64) {
        self.faults = faults
        // A different stream from the seed data's, so changing faults never changes the tickets.
        self.random = SeededRandom(seed: seed ^ 0xFA17_5EED)
    }

    func set(_ faults: Faults) { self.faults = faults }

    func current() -> Faults { faults }

    /// Draws one number per request so runs with the same seed fail the same requests.
    func decide() -> Decision {
        switch faults.mode {
        case .error500: return .fail
        case .html: return .html
        case .hang: return .hang(seconds: faults.hangSeconds)
        case .lateAnswer: return .lateAnswer(seconds: faults.hangSeconds)
        case .normal: break
        }
        guard faults.failureRate > 0 || faults.rateLimitRate > 0 else { return .pass }
        let draw = random.nextUnit()
        if draw < faults.failureRate { return .fail }
        if draw < faults.failureRate + faults.rateLimitRate { return .rateLimit(retryAfter: faults.retryAfter) }
        return .pass
    }
}
