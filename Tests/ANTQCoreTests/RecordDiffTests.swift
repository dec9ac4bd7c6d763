import ANTQCore
import Testing

/// What a history line or a conflict shows of two versions: each field that differs, by its
/// stored name, with its values as the files write them; the informant never.
@Suite struct RecordDiffTests {
  let received = LawFixture.at(2025, 5, 2, 8)

  @Test func eachChangedFieldShowsAsTheFilesWriteIt() {
    let old = LawFixture.tip(received: received)
    var new = old
    new.topic = "Trộm xe máy"
    new.byForce = false
    new.informantNotified = LawFixture.day(2025, 5, 9)
    new.urgency = .urgent
    new.steps.append(Tip.Step(stage: .verifying, at: LawFixture.at(2025, 5, 3, 10), reason: "A/B"))
    new.informant = .init(name: "Phạm Thị Kín", phone: "0987", address: "Thôn Kín")
    let fields = RecordDiff.fields(.tip(old), .tip(new))
    #expect(fields.map(\.name) == ["byForce", "informantNotified", "steps", "topic", "urgency"])
    #expect(fields.contains(RecordDiff.Field("topic", from: "Trộm cắp", to: "Trộm xe máy")))
    #expect(fields.contains(RecordDiff.Field("byForce", from: nil, to: "false")))
    #expect(fields.contains(RecordDiff.Field("informantNotified", from: nil, to: "2025-05-09")))
    #expect(fields.contains(RecordDiff.Field("urgency", from: "normal", to: "urgent")))
    let steps = fields.first { $0.name == "steps" }?.right ?? ""
    #expect(
      steps.hasSuffix(#"{"at":"2025-05-03T10:00","reason":"A/B","stage":"verifying"}]"#), "\(steps)"
    )
  }

  @Test func theSameVersionDiffersInNothingAndANewOneInEveryField() {
    let tip = LawFixture.tip(received: received)
    #expect(RecordDiff.fields(.tip(tip), .tip(tip)).isEmpty)
    let made = RecordDiff.fields(nil, .tip(tip))
    #expect(made.allSatisfy { $0.left == nil && $0.right != nil })
    #expect(made.contains(RecordDiff.Field("receivedAt", from: nil, to: "2025-05-02T08:00")))
    #expect(RecordDiff.fields(.tip(tip), nil).allSatisfy { $0.right == nil })
  }
}
