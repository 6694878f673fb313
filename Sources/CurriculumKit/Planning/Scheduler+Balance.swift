extension Scheduler {
    /// Lays out exercises in order over as many days as `split` needs (or the days the user
    /// gives: `maximumDays`, or one per date), cut so that the longest day is as short as any
    /// order-keeping split allows (`DayBalancer`): `plan --balance`. When the exercises do not fit
    /// those days at all, the result is `split`'s, with what does not fit left out.
    public func balance(_ exercises: [Exercise], frame: DayFrame, metadata: PlanMetadata, maximumDays: Int? = nil)
        -> Result
    {
        let filled = split(exercises, frame: frame, metadata: metadata, maximumDays: maximumDays)
        let days = maximumDays ?? (metadata.dates.isEmpty ? filled.schedule.days.count : metadata.dates.count)
        guard filled.schedule.leftOut.isEmpty,
            let cuts = DayBalancer(frame: frame, policy: policy).cuts(exercises, days: days)
        else { return filled }
        let bounds = [0] + cuts + [exercises.count]
        return layOut(
            zip(bounds, bounds.dropFirst()).map { Array(exercises[$0..<$1]) }, frame: frame, metadata: metadata)
    }

    /// Lays out each group of exercises as one day, in order.
    func layOut(_ groups: [[Exercise]], frame: DayFrame, metadata: PlanMetadata) -> Result {
        var diagnostics: [Diagnostic] = []
        var ignored: [Diagnostic] = []
        for exercise in groups.joined() where exercise.duration?.value == nil {
            _ = entry(for: exercise, fixedStart: nil, location: nil, diagnostics: &diagnostics)
        }
        var days: [ScheduledDay] = []
        for (offset, group) in groups.enumerated() {
            var builder = DayBuilder(number: offset + 1, frame: frame, policy: policy, language: metadata.language)
            builder.date = offset < metadata.dates.count ? metadata.dates[offset] : nil
            for exercise in group {
                builder.append(entry(for: exercise, fixedStart: nil, location: nil, diagnostics: &ignored))
            }
            let (day, found) = builder.finish()
            days.append(day)
            diagnostics += found
        }
        diagnostics += facilitationFindings(metadata, at: nil)
        let schedule = Schedule(
            metadata: metadata, curriculumTitle: curriculum.title, policy: policy, days: days,
            errorCount: diagnostics.errorCount)
        return Result(schedule: schedule, diagnostics: diagnostics)
    }
}
