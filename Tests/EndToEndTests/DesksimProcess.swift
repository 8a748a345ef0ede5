import Foundation

/// A `desksim` server in its own process, on a free loopback port.
///
/// It prints `desksim listening on 127.0.0.1:PORT` as its first line; the port is read from
/// there, so parallel tests never fight over a fixed port. A test that stops the desk and
/// starts it again (the client must find it at the same address) passes the old `port`, and a
/// `database` file so the desk keeps its tickets across the restart.
final class DesksimProcess {
    let port: Int
    let apiKey: String
    /// The server's log: its requests, one line each, and its errors.
    let logFile: String
    private let process: Process

    /// Starts the server and returns once it accepts connections.
    ///
    /// - Parameters:
    ///   - port: The port to listen on; 0 picks a free one.
    ///   - database: An SQLite file for the desk (seeded when empty, reused otherwise); nil
    ///     keeps it in memory.
    ///   - logFile: Where the server's standard error goes; appended to, so a restarted desk
    ///     keeps the earlier log.
    init(
        apiKey: String, seed: Int = 7, tickets: Int = 120, hostileSamples: Bool = false, port: Int = 0,
        database: String? = nil, logFile: String
    ) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try BinaryLocator.path(of: "desksim"))
        // Verbose: each request is logged, so tests can count them (`requestCount`).
        var arguments = ["--port", String(port), "--seed", String(seed), "--tickets", String(tickets), "--verbose"]
        if hostileSamples { arguments.append("--hostile-samples") }
        if let database { arguments += ["--database", database] }
        process.arguments = arguments
        // The key travels in the environment, not in argv where `ps` would show it.
        process.environment = ["DESKSIM_API_KEY": apiKey, "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        process.standardOutput = output
        if !FileManager.default.fileExists(atPath: logFile) {
            FileManager.default.createFile(atPath: logFile, contents: nil)
        }
        let log = FileHandle(forWritingAtPath: logFile)
        log?.seekToEndOfFile()
        process.standardError = log
        try process.run()

        guard let line = Self.firstLine(of: output.fileHandleForReading, timeout: 60),
            let portText = line.split(separator: ":").last, let port = Int(portText.trimmingCharacters(in: .whitespaces)),
            line.hasPrefix("desksim listening on ")
        else {
            process.terminate()
            process.waitUntilExit()
            let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
            throw HarnessError("desksim did not report its port; its log:\n\(log)")
        }
        self.port = port
        self.apiKey = apiKey
        self.process = process
        self.logFile = logFile
    }

    deinit {
        stop()
    }

    /// The Omnidesk API root the client is pointed at.
    var accountURL: String { "http://127.0.0.1:\(port)" }

    /// Stops the server and waits for it to exit.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// The paths (query included) of the `method` requests the server has had, oldest first,
    /// across restarts that share the log file. Faults do not hide requests: each is logged as
    /// it arrives.
    func requests(_ method: String) -> [String] {
        let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
        return log.split(separator: "\n").compactMap { line in
            guard line.hasSuffix("[Hummingbird] Request"), line.contains(" hb.request.method=\(method) "),
                let path = line.split(separator: " ").first(where: { $0.hasPrefix("hb.request.path=") })
            else { return nil }
            return String(path.dropFirst("hb.request.path=".count))
        }
    }

    /// How many `method` requests to exactly `path` the server has had (see ``requests(_:)``).
    func requestCount(_ method: String, _ path: String) -> Int {
        requests(method).filter { $0 == path }.count
    }

    /// Reads up to the first newline, giving up after `timeout` seconds.
    private static func firstLine(of handle: FileHandle, timeout: Double) -> String? {
        let result = LineBox()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var bytes: [UInt8] = []
            while true {
                let chunk = handle.readData(ofLength: 1)
                guard let byte = chunk.first, byte != UInt8(ascii: "\n") else { break }
                bytes.append(byte)
            }
            result.set(String(decoding: bytes, as: UTF8.self))
            done.signal()
        }
        guard done.wait(timeout: .now() + timeout) == .success else { return nil }
        return result.get()
    }
}

/// Hands one line from the reading thread to the waiting one.
private final class LineBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: String?

    func set(_ line: String) { lock.withLock { value = line } }
    func get() -> String? { lock.withLock { value } }
}
