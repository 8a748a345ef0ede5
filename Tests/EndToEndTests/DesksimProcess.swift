import Foundation

/// A `desksim` server in its own process, on a free loopback port.
///
/// It prints `desksim listening on 127.0.0.1:PORT` as its first line; the port is read from
/// there, so parallel tests never fight over a fixed port.
final class DesksimProcess {
    let port: Int
    let apiKey: String
    private let process: Process

    /// Starts the server and returns once it accepts connections.
    init(apiKey: String, seed: Int = 7, tickets: Int = 120, hostileSamples: Bool = false, logFile: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try BinaryLocator.path(of: "desksim"))
        var arguments = ["--port", "0", "--seed", String(seed), "--tickets", String(tickets)]
        if hostileSamples { arguments.append("--hostile-samples") }
        process.arguments = arguments
        // The key travels in the environment, not in argv where `ps` would show it.
        process.environment = ["DESKSIM_API_KEY": apiKey, "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        process.standardOutput = output
        FileManager.default.createFile(atPath: logFile, contents: nil)
        process.standardError = FileHandle(forWritingAtPath: logFile)
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
