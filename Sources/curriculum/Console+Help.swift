import CurriculumKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Console {
    /// The help renderer for this user: their language, their terminal's width.
    var helpRenderer: HelpRenderer { HelpRenderer(language: language, width: width) }

    /// Writes a usage error to standard error, in the user's language.
    func usage(_ error: UsageError) {
        err(helpRenderer.error(error, root: CommandTable.root))
    }

    /// The width to wrap help at: `COLUMNS` when set, else the terminal's, else 80 (piped output).
    var width: Int {
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
