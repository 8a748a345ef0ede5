import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Short commands (tmux) run with `posix_spawn` and `waitpid`, output captured in a file.
///
/// Not Foundation's `Process`: its `waitUntilExit()` also waits for descriptors the child
/// passed on, and the tmux server forked by the first tmux client keeps them open for good.
enum ChildProcess {
    /// Runs `arguments` (the first looked up in `PATH`) with exactly `environment`; returns the
    /// exit status and what it wrote to standard output and error.
    static func run(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
        let outputPath = NSTemporaryDirectory() + "ticketty-bench-\(getpid())-\(UInt32.random(in: .min ... .max)).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Children start with no signal blocked, whatever thread spawns them, so the tmux
        // server and ticketty die of SIGTERM and SIGHUP as usual.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw BenchFailure("cannot run \(arguments[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, output)
    }
}

/// A benchmark that could not run, with what went wrong.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
