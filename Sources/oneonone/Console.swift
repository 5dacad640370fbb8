import Foundation

/// Where the command writes: standard output and standard error, or, when a test runs the
/// command in process (`Main.run`), the buffers of a `Capture`. Every byte the command prints
/// goes through here.
enum Console {
    /// What a command run in process printed.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var outText = "", errorText = ""

        var out: String { lock.withLock { outText } }
        var error: String { lock.withLock { errorText } }

        fileprivate func append(_ text: String, toError: Bool) {
            lock.withLock { if toError { errorText += text } else { outText += text } }
        }
    }

    /// Set while a test runs the command in process.
    @TaskLocal static var capture: Capture?

    /// Writes `text` to standard output as it is: callers end their lines.
    static func out(_ text: String) {
        if let capture { capture.append(text, toError: false) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
    }

    /// Writes `text` to standard error as it is.
    static func error(_ text: String) {
        if let capture { capture.append(text, toError: true) } else { FileHandle.standardError.write(Data(text.utf8)) }
    }

    /// Whether standard output is a terminal (a capture never is).
    static var outIsTerminal: Bool { capture == nil && isatty(STDOUT_FILENO) == 1 }
}
