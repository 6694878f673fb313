/// Whether a write may replace a file that is already there.
public enum Overwrite: Equatable, Sendable {
    /// Refuse when the name is taken (a new plan, handout or curriculum file).
    case never
    /// Replace it with a new file (`--force`); a hard link to the old file keeps the old content.
    case allowed
    /// Replace it in place, keeping its permissions and following a symbolic link so that the
    /// link stays a link (`fmt` rewriting the user's own file).
    case inPlace
}
