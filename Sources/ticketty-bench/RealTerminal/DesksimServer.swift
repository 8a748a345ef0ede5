import Foundation

/// `desksim` in a child process on a free loopback port, its desk kept in an SQLite file so a
/// large desk is generated once and reused by later runs.
final class DesksimServer {
    let port: Int
    private let process: Process

    /// Starts the server and returns once it listens. The key travels in the environment, never
    /// in argv where `ps` shows it.
    init(executable: String, apiKey: String, tickets: Int, database: String, logFile: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--port", "0", "--seed", "1", "--tickets", String(tickets), "--database", database]
        process.environment = ["DESKSIM_API_KEY": apiKey, "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: logFile, contents: nil)
        process.standardError = FileHandle(forWritingAtPath: logFile)
        try process.run()
        // The first line is "desksim listening on 127.0.0.1:PORT"; end of file means it failed.
        var line: [UInt8] = []
        while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != UInt8(ascii: "\n") {
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("desksim listening on "), let port = text.split(separator: ":").last.flatMap({ Int($0) }) else {
            process.terminate()
            process.waitUntilExit()
            throw BenchFailure("desksim did not start; see \(logFile)")
        }
        self.port = port
        self.process = process
    }

    deinit { stop() }

    var accountURL: String { "http://127.0.0.1:\(port)" }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}
