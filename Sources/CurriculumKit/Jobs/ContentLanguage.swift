/// The language a job speaks about a curriculum in: the one asked for (`--lang`), else the
/// curriculum's own (`Taal:` in its manifest). Applied once, right after loading, so that every
/// renderer below (agenda, budget, outline, handout, calendar) reads it from the values it is
/// given and none needs to be told twice.
extension Curriculum {
    /// The curriculum, to be spoken about in `language` when one is given.
    func speaking(_ language: Language?) -> Curriculum {
        guard let language else { return self }
        var copy = self
        copy.manifest.language = language
        return copy
    }
}

extension Schedule {
    /// The schedule, its words in `language` when one is given, else in its curriculum's.
    func speaking(_ language: Language?, curriculum: Curriculum?) -> Schedule {
        var copy = self
        copy.metadata.language = language ?? curriculum?.language ?? metadata.language
        return copy
    }
}
