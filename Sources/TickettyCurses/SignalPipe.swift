import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns signals into bytes on a pipe, so the input loop, blocked in `poll()`, wakes for them.
///
/// A signal may be delivered to any thread of the process (NIO and the concurrency pool have
/// several); only a pipe reliably wakes the one thread that owns the terminal. Dispatch signal
/// sources are used rather than a `sigaction` handler because other parts of the process (the
/// demo server's service lifecycle) watch SIGTERM and SIGINT the same way: every source for a
/// signal fires, whereas a second `sigaction` would silently replace the first.
public final class SignalPipe {
    private let pipe: NonBlockingPipe
    private let sources: [any DispatchSourceSignal]

    /// Poll this for readability; then call ``drain()``.
    public var readDescriptor: Int32 { pipe.readDescriptor }

    /// Creates the pipe and routes `signals` to it. The signals' default actions are turned off
    /// (a source only reports a signal that is not also killing the process).
    public init(signals: [Int32]) throws(TerminalError) {
        let pipe = try NonBlockingPipe()
        let queue = DispatchQueue(label: "ticketty.signals")
        self.pipe = pipe
        self.sources = signals.map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { pipe.signal(UInt8(truncatingIfNeeded: signalNumber)) }
            source.resume()
            return source
        }
    }

    deinit {
        sources.forEach { $0.cancel() }
    }

    /// The signals received since the last call, in order.
    public func drain() -> [Int32] {
        pipe.drain().map { Int32($0) }
    }
}
