import TickettyCore
import TickettyCurses

extension Error {
    /// A one-line explanation for standard error or the status line, whatever the error type.
    var userMessage: String {
        switch self {
        case let error as BackendError: error.userMessage
        case let error as TerminalError: error.userMessage
        case let error as CustomStringConvertible: error.description
        default: String(describing: self)
        }
    }
}
