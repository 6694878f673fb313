/// The options that describe a plan built without a plan file; each command words their help.
struct MetadataOptions {
    var title: OptionSpec
    var date: OptionSpec
    var place: OptionSpec
    var participants: OptionSpec
    var trainers: OptionSpec

    var all: [OptionSpec] { [title, date, place, participants, trainers] }
}
