/// Failures the demo desk injects into `/api/v2/` responses, for resilience tests.
///
/// Each request draws one number from a generator seeded with the desk's seed, so a run
/// with the same seed and the same request order fails the same requests.
///
/// ```swift
/// await server.setFaults(Faults(failureRate: 0.3, rateLimitRate: 0.1, retryAfter: 2))
/// ```
///
/// Over HTTP: `POST /_desksim/faults` with `{"failureRate":0.3,"rateLimitRate":0.1,"retryAfter":2,"mode":"normal"}`.
public struct Faults: Sendable, Codable, Equatable {
    /// What every `/api/v2/` request gets, before the random rates are applied.
    public enum Mode: String, Sendable, Codable, CaseIterable {
        /// Answer normally (subject to the rates).
        case normal
        /// Answer every request with HTTP 500 and a JSON error.
        case error500
        /// Answer every request with HTTP 200 and an HTML page instead of JSON.
        case html
        /// Hold every request for ``Faults/hangSeconds`` before answering normally.
        case hang
        /// Carry out every request at once, then hold its answer for ``Faults/hangSeconds``: a
        /// client that gives up or dies meanwhile never learns that its write landed.
        case lateAnswer
    }

    /// The share of requests (0...1) answered with HTTP 500 and `{"status":"error",...}`.
    public var failureRate: Double
    /// The share of requests (0...1) answered with HTTP 429 and `Retry-After`.
    public var rateLimitRate: Double
    /// The seconds sent in `Retry-After` on a 429.
    public var retryAfter: Int
    /// What every request gets; see ``Mode``.
    public var mode: Mode
    /// How long ``Mode/hang`` holds a request (and ``Mode/lateAnswer`` its answer), in seconds (an hour by default: "never").
    public var hangSeconds: Double

    /// Faults with the given rates; the defaults inject nothing.
    public init(
        failureRate: Double = 0, rateLimitRate: Double = 0, retryAfter: Int = 1,
        mode: Mode = .normal, hangSeconds: Double = 3600
    ) {
        self.failureRate = failureRate
        self.rateLimitRate = rateLimitRate
        self.retryAfter = retryAfter
        self.mode = mode
        self.hangSeconds = hangSeconds
    }

    /// Reads faults from JSON in which every field is optional, so `{"mode":"html"}` works.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Faults()
        failureRate = try container.decodeIfPresent(Double.self, forKey: .failureRate) ?? defaults.failureRate
        rateLimitRate = try container.decodeIfPresent(Double.self, forKey: .rateLimitRate) ?? defaults.rateLimitRate
        retryAfter = try container.decodeIfPresent(Int.self, forKey: .retryAfter) ?? defaults.retryAfter
        mode = try container.decodeIfPresent(Mode.self, forKey: .mode) ?? defaults.mode
        hangSeconds = try container.decodeIfPresent(Double.self, forKey: .hangSeconds) ?? defaults.hangSeconds
    }

    /// The longest hang accepted: a year is "never" for any test.
    public static let maximumHangSeconds: Double = 31_536_000

    /// True when the values make sense: rates within 0...1, no negative delays.
    public var isValid: Bool {
        (0...1).contains(failureRate) && (0...1).contains(rateLimitRate)
            && failureRate + rateLimitRate <= 1 && (0...86_400).contains(retryAfter)
            && (0...Self.maximumHangSeconds).contains(hangSeconds)
    }
}
