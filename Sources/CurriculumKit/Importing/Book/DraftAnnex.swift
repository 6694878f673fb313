/// An annex reference as it will be written: `1.A.1.1 bijlage 1: title`.
struct DraftAnnex: Hashable, Sendable {
    var owner: String
    var number: Int
    var title: String
    var line: Int
}
