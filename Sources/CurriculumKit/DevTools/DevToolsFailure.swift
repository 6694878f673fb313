/// Why a browser driven over its DevTools pipe gave no PDF; the command line words each for the user.
public enum DevToolsFailure: Error, Equatable, Sendable {
    /// The browser closed the pipe (it exited or crashed) before every PDF arrived; `unfinished` is
    /// true when it stopped in the middle of a message.
    case closed(unfinished: Bool)
    /// A message that is not a DevTools message: not JSON, or not an object.
    case garbage(excerpt: String)
    /// The browser answered a request with an error.
    case refused(method: String, message: String)
    /// The page could not be opened.
    case notLoaded(url: String, reason: String)
    /// A page's renderer crashed.
    case crashed(url: String)
    /// The answer to `Page.printToPDF` held no PDF.
    case noPDF(url: String)
    /// A message longer than the reader accepts.
    case tooLarge(bytes: Int)
}
