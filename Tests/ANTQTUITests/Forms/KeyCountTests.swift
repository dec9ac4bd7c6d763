import ANTQCore
import ANTQTUI
import Testing

/// A clerk at the keyboard: every key pressed is counted under the step it belongs to,
/// and every save the app asks for is recorded at once, as the console loop does.
struct Typist {
  var app: App
  let canvas: GridCanvas
  private(set) var steps: [(name: String, keys: Int)] = []
  private(set) var saved: [Change] = []

  init(_ app: App, _ canvas: GridCanvas) {
    self.app = app
    self.canvas = canvas
  }

  var total: Int { steps.reduce(0) { $0 + $1.keys } }

  /// The keys of typing `text`.
  static func text(_ text: String) -> [Key] { text.map { .text($0) } }

  mutating func step(_ name: String, _ keys: [Key]) {
    for key in keys { saved += app.storeSaves(app.handle(key, on: canvas)) }
    app.draw(on: canvas)
    steps.append((name, keys.count))
  }

  var report: String { steps.map { "\($0.name): \($0.keys)" }.joined(separator: ", ") }
}

@Suite(.serialized) @MainActor struct KeyCountTests {
  static let today = AppFixture.today

  /// On the patrols list, the newest patrol is Minh Trì's, team of Thôn Hùng Vương, on the
  /// road to the industrial park: tonight the same team walks the same route.
  @Test func theUsualPatrolTakesTwentyKeys() throws {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("5"), on: canvas)
    let newest = try #require(AppFixture.demo.patrols.max { $0.start < $1.start })
    var clerk = Typist(app, canvas)
    clerk.step("open a new patrol", [.text("n")])
    clerk.step("date: today, as offered", [.enter])
    clerk.step("shift typed as a range", Typist.text("19h-22h") + [.enter])
    clerk.step("commune, as offered", [.enter])
    clerk.step("team, as offered", [.enter])
    clerk.step("areas, the team's", [.enter])
    clerk.step("route, as last time", [.enter])
    clerk.step("police: 2", Typist.text("2") + [.enter])
    clerk.step("militia: 3", Typist.text("3") + [.enter])
    clerk.step("team members: 5", Typist.text("5"))
    clerk.step("save", [.function(2)])
    #expect(clerk.total == 20, "\(clerk.report)")
    #expect(clerk.total <= 25)
    try #require(clerk.saved.count == 1, "\(clerk.canvas.screen)")
    guard case .upsert(let record) = clerk.saved[0], let patrol = record.as(Patrol.self) else {
      Issue.record("not a patrol: \(clerk.saved)")
      return
    }
    #expect(patrol.communeID == newest.communeID)
    #expect(patrol.teamID == newest.teamID && patrol.teamID != nil)
    #expect(patrol.route == newest.route)
    #expect(patrol.residentialAreaIDs == newest.residentialAreaIDs)
    #expect(patrol.start == Moment(day: Self.today, minuteOfDay: 19 * 60))
    #expect(patrol.end == Moment(day: Self.today, minuteOfDay: 22 * 60))
    #expect(patrol.participants == Patrol.Participants(police: 2, militia: 3, teamMembers: 5))
    #expect(clerk.canvas.lines.last!.hasPrefix("Đã lưu"))
  }

  /// A night shift typed as "21:30-01:00" ends the next morning.
  @Test func aRangeOverMidnightEndsTheNextDay() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("5"), .text("n"), .enter, on: canvas)
    app.fill("21:30-01:00", on: canvas)
    #expect(canvas.line(with: "Bắt đầu").hasSuffix("21:30"))
    #expect(canvas.line(with: "Kết thúc").hasSuffix("01:00+1"))
    #expect(canvas.line(with: "▸").contains("Xã, phường"), "the end was skipped:\n\(canvas.screen)")
  }

  /// `c` on a patrol, then F2: a new patrol of the same team, route, shift and people, today.
  /// (The seventh row's shift ends before midnight: a copy of a night shift would end
  /// tomorrow, which the rules refuse until then.)
  @Test func copyingAPatrolThenSavingMakesTodaysCopy() throws {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("5"), .down, .down, .down, .down, .down, .down, on: canvas)
    let original = AppFixture.demo.patrols.filter { $0.start.day.year == 2025 }
      .sorted { $0.start > $1.start }[6]
    #expect(original.end.day == original.start.day)
    #expect(canvas.lines[9].contains(original.route))
    let saved = app.pressSaving(.text("c"), .function(2), on: canvas)
    try #require(saved.count == 1, "\(canvas.screen)")
    guard case .upsert(let record) = saved[0], let copy = record.as(Patrol.self) else {
      Issue.record("not a patrol: \(saved)")
      return
    }
    #expect(copy.id != original.id)
    #expect(copy.start.day == Self.today)
    #expect(copy.start.minuteOfDay == original.start.minuteOfDay)
    #expect(copy.end.minuteOfDay == original.end.minuteOfDay)
    #expect(copy.teamID == original.teamID && copy.route == original.route)
    #expect(copy.communeID == original.communeID)
    #expect(copy.participants == original.participants)
  }

  /// The usual outreach session: same commune and topic as the newest one, today's people.
  @Test func theUsualOutreachSessionTakesSevenKeys() throws {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("7"), on: canvas)
    let newest = try #require(AppFixture.demo.outreach.max { $0.day < $1.day })
    var clerk = Typist(app, canvas)
    clerk.step("open a new session", [.text("n")])
    clerk.step("date: today, as offered", [.enter])
    clerk.step("commune, as offered", [.enter])
    clerk.step("topic, as last time", [.enter])
    clerk.step("attendees: 45", Typist.text("45"))
    clerk.step("save", [.function(2)])
    #expect(clerk.total == 7, "\(clerk.report)")
    #expect(clerk.total <= 20)
    try #require(clerk.saved.count == 1, "\(clerk.canvas.screen)")
    guard case .upsert(let record) = clerk.saved[0], let session = record.as(OutreachSession.self)
    else {
      Issue.record("not an outreach session: \(clerk.saved)")
      return
    }
    #expect(session.day == Self.today && session.attendees == 45)
    #expect(session.communeID == newest.communeID && session.topic == newest.topic)
  }

  /// The next patrol of the session starts from the one just saved.
  @Test func theNextPatrolOffersTheOneJustSaved() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("5"), .text("n"), .enter, on: canvas)
    app.fill("1930", on: canvas)
    app.fill("2300", on: canvas)
    app.press(.delete, on: canvas)
    app.type("Phong Châu", on: canvas)
    app.press(.enter, .enter, .enter, .control("u"), on: canvas)
    app.type("Ngõ xóm", on: canvas)
    app.press(.enter, on: canvas)
    app.type("2", on: canvas)  // a patrol has at least one participant
    let saved = app.pressSaving(.function(2), on: canvas)
    #expect(saved.count == 1, "\(canvas.screen)")
    app.press(.text("n"), on: canvas)
    #expect(canvas.line(with: "Bắt đầu").hasSuffix("19:30"))
    #expect(canvas.line(with: "Kết thúc").hasSuffix("23:00"))
    #expect(canvas.line(with: "Xã, phường").hasSuffix("Phong Châu"))
    #expect(canvas.line(with: "Tuyến tuần tra").hasSuffix("Ngõ xóm"))
  }
}
