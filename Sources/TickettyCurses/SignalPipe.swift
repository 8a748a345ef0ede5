#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write end of the signal pipe, read by the signal handler. A C signal handler cannot
/// capture context, so this one global is the handler's only state; it is set once before the
/// handlers are installed.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// Turns signals into bytes on a pipe, so the input loop, blocked in `poll()`, wakes for them.
///
/// A signal may be delivered to any thread of the process (NIO and the concurrency pool have
/// several); only a pipe reliably wakes the one thread that owns the terminal. The handler does
/// nothing but `write()`, which is async-signal-safe. Create at most one per process.
public final class SignalPipe {
    private let pipe: NonBlockingPipe

    /// Poll this for readability; then call ``drain()``.
    public var readDescriptor: Int32 { pipe.readDescriptor }

    /// Creates the pipe and routes `signals` to it.
    public init(signals: [Int32]) throws(TerminalError) {
        pipe = try NonBlockingPipe()
        signalPipeWriteEnd = pipe.writeDescriptor
        for signalNumber in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signalNumber in
                var byte = UInt8(truncatingIfNeeded: signalNumber)
                _ = write(signalPipeWriteEnd, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(signalNumber, &action, nil)
        }
    }

    /// The signals received since the last call, in order (repeats included).
    public func drain() -> [Int32] {
        pipe.drain().map { Int32($0) }
    }
}
