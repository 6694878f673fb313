extension Language {
    /// The language to speak to the user in: `override` (from `--lang`) when given, else the
    /// locale in `environment`.
    ///
    /// The locale is read as POSIX says: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one
    /// set and not empty wins. Its language part (before `_`, `.` or `@`) `nl` means Dutch
    /// (`nl_NL.UTF-8`, `nl_BE`, `nl`); anything else, `C` and `POSIX` included, means English. The
    /// environment is passed in (the library reads no global state), so the choice is a pure
    /// function a test can table.
    public static func ofUser(environment: [String: String], override: Language? = nil) -> Language {
        if let override { return override }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let language = value.prefix { $0 != "_" && $0 != "." && $0 != "@" && $0 != "-" }
            return language.lowercased() == "nl" ? .dutch : .english
        }
        return .english
    }
}
