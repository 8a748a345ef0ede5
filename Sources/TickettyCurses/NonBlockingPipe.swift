#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe whose both ends never block, for waking a thread that sleeps in `poll()`.
///
/// Any thread may ``signal()``; the polling thread sees the read end become readable and
/// ``drain()``s it. Bytes written while the pipe is full are dropped: one pending byte is
/// enough to wake the reader.
public final class NonBlockingPipe: Sendable {
    /// Poll this for readability.
    public let readDescriptor: Int32
    /// Write here to wake the reader (``signal()`` does).
    public let writeDescriptor: Int32

    public init() throws(TerminalError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw .system("pipe() failed") }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = ends[0]
        writeDescriptor = ends[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    /// Wakes the reader. Safe from any thread.
    public func signal(_ byte: UInt8 = 1) {
        var byte = byte
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Takes every byte written so far.
    public func drain() -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = read(readDescriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            received.append(contentsOf: buffer[0..<count])
        }
        return received
    }
}
