import ANTQCore
import ANTQStore
import ANTQTUI
import Testing

/// `:import` on the in-memory canvas: the app asks, this stand-in edge reads the file and makes
/// the preview with the store's import (as the console's edge does) and records the changes
/// into the data.
@Suite struct ImportTests {
  static let header = "Mã,Mã tổ,Họ tên,Năm sinh,Giới tính,Vai trò,Ngày vào,Trang phục,Hỗ trợ\n"

  /// A team of `commune` in the demo.
  static func team(of commune: String? = nil) -> Team {
    AppFixture.demo.teams.first { commune == nil || $0.communeID == commune }!
  }

  static func members(_ team: Team, count: Int, from first: Int = 1) -> String {
    header
      + (first..<first + count).map {
        "NEW\($0),\(team.id),Người Mới \($0),1990,nam,tổ viên,01/03/2025,có,không\n"
      }.joined()
  }

  /// What the console's edge answers for `.planImport`: the store's reading of `text`.
  static func edge(_ effect: Effect, file text: String, data: ProvinceData) -> Action? {
    let catalog = AppFixture.catalogs[.vi]!
    switch effect {
    case .planImport(let typed):
      return .importRead(
        ImportPreview.of(
          ImportReading.read(
            typed, into: data, today: AppFixture.today, contents: { _ in Array(text.utf8) }),
          catalog: catalog))
    case .commitImport(let changes, let file):
      var data = data
      for change in changes { data.apply(change) }
      return .imported(
        ImportedChanges(file: file, count: changes.count, data: data, versions: Versions()))
    default: return nil
    }
  }

  /// Types `:import`, the file's name, Enter, and answers the edge's question.
  static func importFile(
    _ typed: String, holding text: String, app: inout App, canvas: GridCanvas
  ) {
    app.press(.text(":"), on: canvas)
    app.type("import", on: canvas)
    app.press(.enter, on: canvas)
    #expect(canvas.lines.last!.hasPrefix("Tệp CSV cần nhập:"), "\(canvas.screen)")
    app.type(typed, on: canvas)
    let effects = app.press(.enter, on: canvas)
    #expect(effects == [.planImport(typed)])
    for effect in effects {
      if let answer = edge(effect, file: text, data: app.context.data) {
        _ = app.update(answer, on: canvas)
      }
    }
    app.draw(on: canvas)
  }

  @Test func aGoodFileIsPreviewedWithItsFirstRowsAndCountThenRecordedOnYes() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    let team = Self.team()
    let before = app.context.data.members.count
    Self.importFile(
      "thanh-vien.csv", holding: Self.members(team, count: 7), app: &app, canvas: canvas)
    let screen = canvas.screen
    #expect(screen.contains("Nhập từ thanh-vien.csv"), "\(screen)")
    #expect(screen.contains("7 thành viên mới; 0 dòng đã có như vậy, bỏ qua."))
    #expect(screen.contains("· NEW1 · \(team.id) · Người Mới 1 · 1990"))
    #expect(screen.contains("· NEW5 · "))
    #expect(!screen.contains("· NEW6 · "), "five first rows")
    #expect(screen.contains("Ghi 7 bản ghi thành một đợt vào sổ thay đổi?"))
    // Nothing is recorded before the answer; y records the seven as one effect.
    #expect(app.context.data.members.count == before)
    let effects = app.press(.text("y"), on: canvas)
    guard case .commitImport(let changes, let file) = effects.first else {
      Issue.record("no commit: \(effects)")
      return
    }
    #expect(changes.count == 7 && file == "thanh-vien.csv")
    _ = app.update(Self.edge(effects[0], file: "", data: app.context.data)!, on: canvas)
    app.draw(on: canvas)
    #expect(app.context.data.members.count == before + 7)
    #expect(canvas.lines.last!.hasPrefix("Đã nhập 7 bản ghi từ thanh-vien.csv."))
  }

  @Test func noAnswerRecordsNothing() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    Self.importFile(
      "a.csv", holding: Self.members(Self.team(), count: 2), app: &app, canvas: canvas)
    #expect(app.press(.text("n"), on: canvas).isEmpty)
    #expect(!canvas.screen.contains("Nhập từ a.csv"))
  }

  @Test func everyBadRowIsListedWithLineColumnAndReasonAndNothingCanBeCommitted() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    var text = Self.members(Self.team(), count: 40)
    text = text.replacingOccurrences(
      of: "NEW36,\(Self.team().id),Người Mới 36,1990",
      with: "NEW36,\(Self.team().id),Người Mới 36,2015")
    Self.importFile("members.csv", holding: text, app: &app, canvas: canvas)
    let screen = canvas.screen
    #expect(screen.contains("Không nhập được members.csv"), "\(screen)")
    #expect(screen.contains("members.csv, dòng 37, cột \"Năm sinh\""), "\(screen)")
    #expect(screen.contains("1 lỗi: không nhập dòng nào."))
    // Enter or y does not commit here: only Esc closes.
    #expect(app.press(.text("y"), on: canvas).isEmpty)
    #expect(app.press(.enter, on: canvas).isEmpty)
    app.press(.escape, on: canvas)
    #expect(!canvas.screen.contains("Không nhập được"))
  }

  @Test func aClerkMayImportOnlyIntoTheirCommunesAndIsToldWhy() {
    var data = AppFixture.demo
    let own = data.communes.first { commune in data.teams.contains { $0.communeID == commune.id } }!
    let other = data.communes.first { commune in
      commune.id != own.id && data.teams.contains { $0.communeID == commune.id }
    }!
    data.users = [User(id: "canbo", fullName: "Trần Thị Hoa", role: .clerk, communeIDs: [own.id])]
    var app = App(
      data: data, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today,
      year: 2025, now: AppFixture.lateEvening, account: "canbo")
    let canvas = GridCanvas(rows: 24, columns: 80)
    app.draw(on: canvas)
    let theirs = Self.team(of: other.id)
    Self.importFile("b.csv", holding: Self.members(theirs, count: 3), app: &app, canvas: canvas)
    #expect(!canvas.screen.contains("Nhập từ b.csv"), "no question is asked")
    #expect(canvas.screen.contains("(3/3 dòng): không nhập dòng nào."), "\(canvas.screen)")
    // Their own commune's team goes in.
    Self.importFile(
      "c.csv", holding: Self.members(Self.team(of: own.id), count: 3), app: &app, canvas: canvas)
    #expect(canvas.screen.contains("Nhập từ c.csv"), "\(canvas.screen)")
  }

  @Test func aFileWhoseHeaderNamesNoTableAsksForTheTable() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    Self.importFile("x.csv", holding: "foo,bar\n1,2\n", app: &app, canvas: canvas)
    #expect(
      canvas.screen.contains(
        "x.csv: gõ tên bảng trước tên tệp (members, areas, institutions, teams)."),
      "\(canvas.screen)")
  }

  @Test func aReadOnlyFolderDoesNotOfferImport() {
    var app = App(
      data: AppFixture.demo, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today,
      readOnly: true)
    let canvas = GridCanvas(rows: 24, columns: 80)
    app.press(.text(":"), on: canvas)
    app.type("import", on: canvas)
    app.press(.enter, on: canvas)
    #expect(!canvas.lines.last!.hasPrefix("Tệp CSV cần nhập"), "\(canvas.screen)")
  }
}
