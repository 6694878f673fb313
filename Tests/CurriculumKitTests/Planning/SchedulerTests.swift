import Testing

@testable import CurriculumKit

@Suite struct SchedulerTests {
    static let pool = PlanFixtures.curriculum([
        ("1.A.1.1", 60, 60, []), ("1.A.1.2", 45, 45, []), ("1.A.1.3", 60, 90, []), ("1.B.1.1", 30, 30, []),
        ("1.B.1.2", 120, 120, []), ("1.B.1.3", 20, 20, []), ("1.C.1.1", 200, 200, []),
    ])

    func times(_ day: ScheduledDay) -> [String] {
        day.items.map { "\($0.start)-\($0.end)" + ($0.hasRange ? "/\($0.latestStart)-\($0.latestEnd)" : "") }
    }

    @Test func itemsFollowEachOtherFromTheDayStart() {
        let result = PlanFixtures.schedule(
            "Titel: t\n\n- Welkom 20 min\n- 1.A.1.1\n- Pauze 15\n- 1.A.1.2\n", curriculum: Self.pool)
        let day = result.schedule.days[0]
        #expect(times(day) == ["09:00-09:20", "09:20-10:20", "10:20-10:35", "10:35-11:20"])
        #expect(day.items.map(\.kind) == [.free, .exercise, .pause, .exercise])
        #expect(day.items[1].exercise?.id == ExerciseID("1.A.1.1"))
        #expect(day.latestEnd == PlanFixtures.time("11:20"))
        #expect(day.slack == 310)
        #expect(day.fits)
    }

    @Test func rangedDurationsGiveEarliestAndLatestTimes() {
        let result = PlanFixtures.schedule("Titel: t\n\n- 1.A.1.3\n- 1.B.1.1\n", curriculum: Self.pool)
        let day = result.schedule.days[0]
        #expect(times(day) == ["09:00-10:00/09:00-10:30", "10:00-10:30/10:30-11:00"])
        #expect(day.earliestEnd == PlanFixtures.time("10:30"))
        #expect(day.latestEnd == PlanFixtures.time("11:00"))
        #expect(AgendaRenderer().render(result.schedule).contains("op zijn vroegst 10:30, op zijn laatst 11:00"))
    }

    @Test func eachDayRestartsAtItsOwnStart() {
        let result = PlanFixtures.schedule(
            "Titel: t\n\n## Dag 1\n\n- 1.A.1.1\n\n## Dag 2\n\n- 1.A.1.2\n", curriculum: Self.pool, frame: "08:30-12:00")
        #expect(result.schedule.days.map { times($0) } == [["08:30-09:30"], ["08:30-09:15"]])
        #expect(result.schedule.days.map(\.heading) == ["Dag 1", "Dag 2"])
    }

    @Test func fixedStartLeavesAGapWhenEarlierItemsEndBefore() {
        let result = PlanFixtures.schedule("Titel: t\n\n- 1.A.1.1\n- 11:00 1.A.1.2\n", curriculum: Self.pool)
        #expect(times(result.schedule.days[0]) == ["09:00-10:00", "11:00-11:45"])
        #expect(!result.hasErrors)
    }

    @Test func fixedStartCollisionIsAnErrorNamingBoth() throws {
        let result = PlanFixtures.schedule(
            "Titel: t\n\n- 1.A.1.1\n- 1.B.1.2\n- 10:30 Lunch 45 min\n", curriculum: Self.pool)
        let collision = try #require(result.diagnostics.first { $0.code == .fixedTimeCollision })
        #expect(collision.severity == .error)
        #expect(collision.message.contains("1.B.1.2"))
        #expect(collision.message.contains("'Lunch'"))
        #expect(collision.message.contains("12:00"))
        #expect(collision.location == SourceLocation(file: "day.plan.md", line: 5, column: 3))
        #expect(collision.notes.first?.location == SourceLocation(file: "day.plan.md", line: 4, column: 3))
    }

    @Test func collisionOnlyAtTheLatestEndIsAWarning() throws {
        // 1.A.1.3 takes 60-90 min: it ends 10:00 at the earliest, 10:30 at the latest.
        let result = PlanFixtures.schedule("Titel: t\n\n- 1.A.1.3\n- 10:15 1.B.1.1\n", curriculum: Self.pool)
        let collision = try #require(result.diagnostics.first { $0.code == .fixedTimeCollision })
        #expect(collision.severity == .warning)
    }

    @Test func fixedTimeOutsideTheDayIsAnError() {
        let result = PlanFixtures.schedule("Titel: t\n\n- 18:00 1.A.1.1\n", curriculum: Self.pool)
        #expect(result.diagnostics.contains { $0.code == .fixedTimeOutsideDay && $0.severity == .error })
    }

    @Test func overBudgetNamesTheSpillingItems() throws {
        let result = PlanFixtures.schedule(
            "Titel: t\n\n- 1.C.1.1\n- 1.B.1.2\n- 1.A.1.1\n", curriculum: Self.pool, frame: "09:00-14:00")
        let day = result.schedule.days[0]
        #expect(!day.fits)
        #expect(day.overrun == 80)
        #expect(day.spillingItems.compactMap(\.id).map(\.description) == ["1.B.1.2", "1.A.1.1"])
        let over = try #require(result.diagnostics.first { $0.code == .overBudget })
        #expect(over.message.contains("over by 80 min"))
        #expect(over.message.contains("1.B.1.2") && over.message.contains("1.A.1.1"))
        #expect(over.location?.line == 4)
        #expect(AgendaRenderer.verdict(day).contains("over by 80 min; spilling over: 1.B.1.2, 1.A.1.1"))
    }

    @Test func exactlyFullDayFitsWithZeroSlack() {
        let result = PlanFixtures.schedule(
            "Titel: t\n\n- 1.A.1.1\n- 1.A.1.2\n- 1.B.1.3\n", curriculum: Self.pool, frame: "09:00-11:05")
        #expect(result.schedule.days[0].slack == 0)
        #expect(result.schedule.fits)
        #expect(!result.hasErrors)
    }

    @Test func autoBreaksInsertAPauseBeforeAStretchExceedsTheMaximum() {
        let result = PlanFixtures.schedule(
            "Titel: t\n\n- 1.A.1.1\n- 1.A.1.2\n- 1.B.1.1\n", curriculum: Self.pool, autoBreaks: true,
            frame: "09:00-12:00")
        let day = result.schedule.days[0]
        #expect(day.items.map(\.kind) == [.exercise, .pause, .exercise, .exercise])
        #expect(day.items[1].isInserted)
        #expect(times(day) == ["09:00-10:00", "10:00-10:15", "10:15-11:00", "11:00-11:30"])
    }

    @Test func withoutAutoBreaksALongStretchIsSuggestedAndWarned() throws {
        let result = PlanFixtures.schedule(
            "Titel: t\n\n- 1.A.1.1\n- 1.A.1.2\n", curriculum: Self.pool, frame: "09:00-12:00")
        let day = result.schedule.days[0]
        #expect(day.items.count == 2)
        #expect(day.suggestions.map(\.kind) == [.pause])
        #expect(day.suggestions.first?.at == PlanFixtures.time("10:00"))
        let warning = try #require(result.diagnostics.first { $0.code == .longStretch })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 4)
    }

    @Test func lunchIsInsertedInsideTheWindowNeverLater() {
        // 09:00-11:45 of training, then an exercise that would run past 12:45: lunch goes before it.
        let result = PlanFixtures.schedule(
            "Titel: t\n\n- 1.A.1.1\n- Pauze 15\n- 1.A.1.2\n- Pauze 15\n- 1.A.1.3\n- 1.B.1.1\n", curriculum: Self.pool,
            autoBreaks: true)
        let day = result.schedule.days[0]
        let lunch = day.items.first { $0.kind == .lunch }
        #expect(lunch != nil)
        #expect(lunch.map { $0.latestStart <= PlanFixtures.time("12:45") } == true)
        #expect(lunch.map { $0.latestStart >= PlanFixtures.time("11:30") } == true)
    }

    @Test func lunchOutsideTheWindowIsWarned() {
        let result = PlanFixtures.schedule(
            "Titel: t\n\n- 1.B.1.2\n- 1.A.1.1\n- 1.A.1.2\n- 1.B.1.3\n- Lunch\n- 1.B.1.1\n", curriculum: Self.pool)
        #expect(result.diagnostics.contains { $0.code == .lunchPlacement && $0.location?.line == 7 })
    }

    @Test func missingLunchInAFullDayIsWarned() {
        let result = PlanFixtures.schedule(
            "Titel: t\n\n- 1.A.1.1\n- 1.A.1.2\n- Pauze\n- 1.A.1.3\n- 1.B.1.1\n- 1.B.1.2\n", curriculum: Self.pool)
        #expect(result.diagnostics.contains { $0.code == .lunchPlacement && $0.message.contains("without a lunch") })
        // An exercise across the whole time lunch could start is reported as such instead.
        let spanned = PlanFixtures.schedule("Titel: t\n\n- 1.B.1.2\n- Pauze\n- 1.C.1.1\n", curriculum: Self.pool)
        let findings = spanned.diagnostics.filter { $0.code == .lunchPlacement }
        #expect(
            findings.map(\.message) == [
                "1.C.1.1 runs 11:15-14:35 (day 1) across the lunch window 12:00-13:30: no 45-min lunch fits inside it"
            ])
    }

    @Test func transitionsAddMinutesBetweenConsecutiveTrainingItems() {
        let result = PlanFixtures.schedule(
            "Titel: t\nOvergang: 5 min\n\n- 1.A.1.2\n- 1.B.1.1\n- Pauze 10\n- 1.B.1.3\n", curriculum: Self.pool)
        #expect(times(result.schedule.days[0]) == ["09:00-09:45", "09:50-10:20", "10:20-10:30", "10:30-10:50"])
    }

    @Test func aDayWithLessSlackThanTheBufferIsFlagged() throws {
        let result = PlanFixtures.schedule(
            "Titel: t\nBuffer: 10%\n\n- 1.A.1.1\n- 1.A.1.2\n", curriculum: Self.pool, frame: "09:00-11:00")
        let day = result.schedule.days[0]
        #expect(day.requiredSlack == 12)
        #expect(day.slack == 15)
        #expect(!day.isShortOfBuffer)
        let tight = PlanFixtures.schedule(
            "Titel: t\nBuffer: 20%\n\n- 1.A.1.1\n- 1.A.1.2\n", curriculum: Self.pool, frame: "09:00-11:00")
        #expect(tight.schedule.days[0].isShortOfBuffer)
        #expect(tight.diagnostics.contains { $0.code == .thinBuffer && $0.severity == .warning })
    }

    @Test func unknownExerciseIsReportedWithASuggestion() throws {
        let result = PlanFixtures.schedule("Titel: t\n\n- 1.A.1.4\n", curriculum: Self.pool)
        let unknown = try #require(result.diagnostics.first { $0.code == .unknownPlanExercise })
        #expect(unknown.location == SourceLocation(file: "day.plan.md", line: 3, column: 3))
        #expect(unknown.hint?.replacement != nil)
    }

    @Test func tooManyParticipantsPerTrainerIsAWarning() {
        let result = PlanFixtures.schedule(
            "Titel: t\nTrainers: 1\nDeelnemers: 14\n\n- 1.A.1.1\n", curriculum: Self.pool)
        #expect(result.diagnostics.contains { $0.code == .tooManyParticipants && $0.location?.line == 3 })
        let fine = PlanFixtures.schedule("Titel: t\nTrainers: 2\nDeelnemers: 14\n\n- 1.A.1.1\n", curriculum: Self.pool)
        #expect(!fine.diagnostics.contains { $0.code == .tooManyParticipants })
    }

    /// Case 10: thresholds the trainer knows and accepts are settings of the plan, not warnings on
    /// every run.
    @Test func acceptedThresholdsInThePlanNoLongerWarn() throws {
        let book = PlanFixtures.fixed([("1.A.1.1", 120), ("1.A.1.2", 30)])
        let plain = PlanFixtures.schedule("Titel: t\nTrainers: 1\nDeelnemers: 12\n\n- 1.A.1.1\n", curriculum: book)
        #expect(plain.diagnostics.contains { $0.code == .longStretch })
        #expect(plain.diagnostics.contains { $0.code == .tooManyParticipants })
        let accepted = PlanFixtures.schedule(
            "Titel: t\nTrainers: 1\nDeelnemers: 12\nDeelnemers per trainer: 12\nMaximale sessie: 120 min\n\n- 1.A.1.1\n",
            curriculum: book)
        #expect(accepted.diagnostics.isEmpty, "\(accepted.diagnostics.map(\.message))")
        // Thirteen is still one too many for the plan's own threshold.
        let over = PlanFixtures.schedule(
            "Titel: t\nTrainers: 1\nDeelnemers: 13\nDeelnemers per trainer: 12\n\n- 1.A.1.2\n", curriculum: book)
        let warning = try #require(over.diagnostics.first { $0.code == .tooManyParticipants })
        #expect(warning.message.contains("more than about 12 per trainer"))
        let (unreadable, found) = PlanFixtures.plan("Titel: t\nDeelnemers per trainer: veel\n\n- 1.A.1.2\n")
        #expect(unreadable?.settings.participantsPerTrainer == nil)
        #expect(found.contains { $0.code == .invalidPlanField })
        // A plan saved with --write keeps the setting.
        let (plan, _) = PlanFixtures.plan("Titel: t\nDeelnemers per trainer: 12\n\n- 1.A.1.2\n")
        let written = PlanFileRenderer.render(try #require(plan), curriculum: nil)
        #expect(written.contains("Deelnemers per trainer: 12"))
        #expect(PlanFixtures.plan(written).0?.settings.participantsPerTrainer == 12)
    }

    /// The manifest sets the thresholds for every plan of the curriculum; a plan overrides them.
    @Test func manifestThresholdsAreSettings() throws {
        let text = """
            # Boek

            Taal: nl

            Maximale sessie: 120 min

            Pauzeduur: 10 min

            Lunchduur: 30 min

            Deelnemers per trainer: 12

            """
        let parsed = ManifestParser.parse(text, path: "curriculum.md")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.message))")
        let manifest = try #require(parsed.manifest)
        let policy = BreakPolicy(manifest: manifest, settings: PlanSettings())
        #expect(policy.maximumStretch == 120)
        #expect(policy.breakMinutes == 10)
        #expect(policy.lunchMinutes == 30)
        #expect(policy.participantsPerTrainer == 12)
        let overridden = BreakPolicy(manifest: manifest, settings: PlanSettings(participantsPerTrainer: 8))
        #expect(overridden.participantsPerTrainer == 8)
        let bad = ManifestParser.parse("# Boek\n\nDeelnemers per trainer: veel\n", path: "curriculum.md")
        #expect(
            bad.diagnostics.contains {
                $0.code == .invalidFieldValue && $0.message.contains("participants per trainer")
            })
    }

    // MARK: Splitting

    @Test func selectionIsSplitAtExerciseBoundariesInOrder() {
        let exercises = Self.pool.exercises.filter { $0.id.topic != "C" }
        let result = Scheduler(curriculum: Self.pool).split(
            exercises, frame: PlanFixtures.frame("09:00-11:00"), metadata: PlanMetadata())
        let days = result.schedule.days
        // Day 2 ends 10:30 at the latest after 1.A.1.3 (60-90 min); 1.B.1.1 would need a break
        // first (90 + 30 min > 90) and end at 11:15, so it starts day 3: the split leaves room
        // for the breaks it suggests.
        #expect(
            days.map { $0.exercises.map(\.id.description) } == [
                ["1.A.1.1", "1.A.1.2"], ["1.A.1.3"], ["1.B.1.1"], ["1.B.1.2"], ["1.B.1.3"],
            ])
        #expect(days[0].suggestions.map(\.kind) == [.pause])
        #expect(days[0].slack >= days[0].suggestions.reduce(0) { $0 + $1.minutes })
        #expect(days.allSatisfy { $0.items.first?.start == PlanFixtures.time("09:00") })
        #expect(days.allSatisfy { $0.fits })
        // Order is kept and nothing is lost or repeated.
        #expect(result.schedule.exercises.map(\.id) == exercises.map(\.id))
    }

    @Test func anExerciseLongerThanADayGetsItsOwnDayAndIsOverBudget() {
        let result = Scheduler(curriculum: Self.pool).split(
            Self.pool.exercises, frame: PlanFixtures.frame("09:00-12:00"), metadata: PlanMetadata())
        let long = result.schedule.days.first { $0.exercises.contains { $0.id.description == "1.C.1.1" } }
        #expect(long?.exercises.count == 1)
        #expect(long?.fits == false)
        #expect(result.diagnostics.contains { $0.code == .overBudget })
    }

    @Test func maximumDaysListsWhatDoesNotFit() {
        let exercises = Self.pool.exercises.filter { $0.id.topic != "C" }
        let result = Scheduler(curriculum: Self.pool).split(
            exercises, frame: PlanFixtures.frame("09:00-11:00"), metadata: PlanMetadata(), maximumDays: 2)
        #expect(result.schedule.days.count == 2)
        #expect(result.schedule.leftOut.map(\.id.description) == ["1.B.1.1", "1.B.1.2", "1.B.1.3"])
        #expect(!result.schedule.fits)
    }

    @Test func splittingAccountsForInsertedBreaksAndLunch() {
        let exercises = Self.pool.exercises.filter { $0.id.topic != "C" }
        var policy = BreakPolicy()
        policy.autoBreaks = true
        let result = Scheduler(curriculum: Self.pool, policy: policy).split(
            exercises, frame: PlanFixtures.frame("09:00-16:30"), metadata: PlanMetadata())
        for day in result.schedule.days {
            #expect(day.fits)
            var stretch = 0
            for item in day.items {
                let d = item.duration.maximum
                if item.isBreak {
                    stretch = 0
                } else if d > 90 {
                    // Longer than a stretch on its own: placed without a break before it, unless
                    // the training before it already fills a stretch.
                    #expect(stretch < 90)
                    stretch += d
                } else {
                    stretch += d
                    #expect(stretch <= 90)
                }
            }
        }
    }

    /// Issue 12, case 4: a day split resets every day to its start, and the items follow in
    /// curriculum order from there, several to a day.
    @Test func aDaySplitRestartsEveryDayAtItsStartAndKeepsTheOrder() {
        let pool = PlanFixtures.fixed((1...7).map { ("1.A.1.\($0)", 30) })
        let result = Scheduler(curriculum: pool).split(
            pool.exercises, frame: PlanFixtures.frame("09:00-10:30"), metadata: PlanMetadata())
        let days = result.schedule.days
        #expect(
            days.map { $0.exercises.map(\.id.description) } == [
                ["1.A.1.1", "1.A.1.2", "1.A.1.3"], ["1.A.1.4", "1.A.1.5", "1.A.1.6"], ["1.A.1.7"],
            ])
        for day in days.prefix(2) {
            #expect(times(day) == ["09:00-09:30", "09:30-10:00", "10:00-10:30"], "day \(day.number)")
        }
        #expect(times(days[2]) == ["09:00-09:30"])
    }

    /// Issue 12, case 4: an exercise longer than the maximum stretch is placed where the day still
    /// holds it, without a break before it, with one warning naming it.
    @Test func anExerciseLongerThanTheStretchIsPlacedNotPushedToTheNextDay() {
        let pool = PlanFixtures.fixed([
            ("1.A.1.1", 60), ("1.A.1.2", 60), ("1.A.1.3", 60), ("1.B.1.1", 45), ("1.B.1.2", 120),
        ])
        var policy = BreakPolicy()
        policy.autoBreaks = true
        let result = Scheduler(curriculum: pool, policy: policy).split(
            pool.exercises, frame: PlanFixtures.frame("09:00-16:00"), metadata: PlanMetadata())
        #expect(result.schedule.days.count == 1)
        let long = result.schedule.items.first { $0.id?.description == "1.B.1.2" }
        #expect(long.map { "\($0.start)-\($0.end)" } == "14:00-16:00")
        let warnings = result.diagnostics.filter { $0.code == .longStretch }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("1.B.1.2") == true)
    }

    /// Issue 12, case 3: an item that would carry the day past the last lunch start from before the
    /// window gets lunch at the window's start after a short gap, never before the window.
    @Test func lunchAfterAShortGapStartsAtTheWindowNeverBefore() {
        let pool = PlanFixtures.fixed([("1.A.1.1", 80), ("1.A.1.2", 80), ("1.A.1.3", 60)])
        let result = PlanFixtures.schedule(
            "Titel: t\n\n- 1.A.1.1\n- Pauze 15\n- 1.A.1.2\n- 1.A.1.3\n", curriculum: pool, autoBreaks: true)
        let items = result.schedule.days[0].items
        let lunch = items.first { $0.kind == .lunch }
        #expect(lunch.map { "\($0.start)-\($0.end)" } == "12:00-12:45", "\(times(result.schedule.days[0]))")
        #expect(lunch?.fixedStart == PlanFixtures.time("12:00"))
        #expect(!result.diagnostics.contains { $0.code == .lunchPlacement })
    }

    /// Issue 12, case 3: where an exercise spans the whole time lunch could start, no lunch is
    /// put outside the window; one finding says so and where to split.
    @Test func anExerciseAcrossTheLunchWindowIsReportedNotLunchOutsideIt() throws {
        let pool = PlanFixtures.fixed([("1.A.1.1", 120), ("1.A.1.2", 120)])
        let result = PlanFixtures.schedule(
            "Titel: t\n\n- 1.A.1.1\n- 1.A.1.2\n", curriculum: pool, autoBreaks: true, frame: "09:00-16:00")
        let day = result.schedule.days[0]
        #expect(!day.items.contains { $0.kind == .lunch })
        let findings = result.diagnostics.filter { $0.code == .lunchPlacement }
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.message.contains("1.A.1.2 runs 11:15-13:15"), "\(finding.message)")
        #expect(finding.hint?.message.contains("split 1.A.1.2 at 12:00") == true)
    }

    // MARK: The shipped curriculum

    @Test func shippedPlanFitsAndMatchesItsAgenda() throws {
        let path = Repository.shippedCurriculum.appendingPathComponent("plans/module-1-niveau-1.plan.md").path
        let loaded = ScheduledPlan.load(path: path)
        #expect(!loaded.diagnostics.contains { $0.severity == .error }, "\(loaded.diagnostics)")
        let schedule = try #require(loaded.schedule)
        #expect(schedule.fits)
        let day = try #require(schedule.days.first)
        #expect(day.date?.description == "2027-03-09")
        #expect(day.items.first?.start == PlanFixtures.time("09:00"))
        #expect(day.items.first { $0.kind == .lunch }?.start == PlanFixtures.time("12:45"))
        #expect(day.exercises.map(\.id.description) == ["1.A.1.1", "1.A.1.2", "1.B.1.1", "1.B.1.2", "1.C.1.1"])
    }
}

extension SchedulerTests {
    /// A plan item naming an exercise's former ID (`Eerder:`) is scheduled as that exercise, with
    /// a note, not reported unknown.
    @Test func aFormerIDIsScheduledAsItsExerciseWithANote() throws {
        var curriculum = Self.pool
        let old = try #require(ExerciseID("1.A.1.9"))
        curriculum.modules[0].topics[0].levels[0].exercises[0].formerIDs = [old]
        let result = PlanFixtures.schedule("Titel: t\n\n- 1.A.1.9\n", curriculum: curriculum)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.schedule.days[0].items.first?.exercise?.id == ExerciseID("1.A.1.1"))
        let note = try #require(result.diagnostics.first { $0.code == .formerExerciseID })
        #expect(note.severity == .note)
        #expect(note.message.contains("1.A.1.9 is a former ID of exercise 1.A.1.1"))
    }
}
