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
/// nothing but `write()`, which is async-signal-safe.
public final class SignalPipe {
    /// Poll this for readability; then call ``drain()``.
    public let readDescriptor: Int32

    /// Creates the pipe and routes `signals` to it.
    public init(signals: [Int32]) throws(TerminalError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw .system("pipe() failed") }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = ends[0]
        signalPipeWriteEnd = ends[1]
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
        var received: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(readDescriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            received.append(contentsOf: buffer[0..<count].map { Int32($0) })
        }
        return received
    }
}
