#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A handler for a fatal signal cannot allocate or take locks, so everything it needs is
// prepared up front in these globals, set before the handlers are installed.
nonisolated(unsafe) private var restoreBytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 0)
nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var armed: Int32 = 0
nonisolated(unsafe) private var previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

/// Puts the terminal back if the process dies of a fatal signal while the TUI is up, so a crash
/// leaves a usable shell (cursor visible, main screen, line editing) and its report readable.
///
/// The handler restores the saved terminal modes, writes the terminal's own "leave full-screen"
/// sequence, then hands the signal to whatever handled it before (the Swift runtime's backtracer,
/// or the default action).
enum FatalSignalGuard {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Arms the guard with the terminal modes to restore and the bytes that leave the
    /// full-screen mode.
    static func arm(termios: termios, restoreSequence: [UInt8]) {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: restoreSequence.count)
        _ = buffer.initialize(from: restoreSequence)
        restoreBytes = buffer
        savedTermios = termios
        for signalNumber in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signalNumber in
                if armed != 0 {
                    armed = 0
                    _ = write(STDOUT_FILENO, restoreBytes.baseAddress, restoreBytes.count)
                    _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios)
                }
                sigaction(signalNumber, previousActions.advanced(by: Int(signalNumber)), nil)
                raise(signalNumber)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signalNumber, &action, previousActions.advanced(by: Int(signalNumber)))
        }
        armed = 1
    }

    /// Stops restoring: the terminal has been put back the ordinary way.
    static func disarm() {
        armed = 0
    }
}
