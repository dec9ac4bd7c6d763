import ANTQCore
import ANTQTUI
import Testing

@Suite struct TeamMemberTests {
  /// Open a team of Chí Đám and add a member born so they are 17 when joining.
  @Test func aMemberSeventeenAtJoiningIsRefusedWithTheReason() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("4"), .text("/"), on: canvas)
    app.type("chi dam", on: canvas)
    app.press(.enter, .enter, on: canvas)
    #expect(canvas.screen.contains("Phụ trách:"))
    let members = app.context.data.members.count
    app.press(.text("n"), on: canvas)
    #expect(canvas.lines[2].contains("Thành viên mới"))
    app.type("Nguyễn Văn An", on: canvas)
    app.press(.enter, on: canvas)
    // Joining on 29/11/2026, born 30/11/2008: 18 by the birth year, 17 by the birth date.
    app.type("30/11/2008", on: canvas)
    let saved = app.pressRecording(.function(2), on: canvas)
    #expect(saved.isEmpty)
    #expect(canvas.screen.contains("Luật 30/2023/QH15, Điều 13(1): tuổi khi tham gia là 17"))
    #expect(app.context.data.members.count == members)

    app.type("29/11/2008", on: canvas)
    let accepted = app.pressRecording(.function(2), on: canvas)
    #expect(accepted.count == 1)
    #expect(canvas.lines.contains { $0.hasPrefix("Nguyễn Văn An") && $0.contains("2008") })
  }

  @Test func aSecondLeaderIsRefusedNamingTheLeader() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("4"), .text("/"), on: canvas)
    app.type("chi dam", on: canvas)
    app.press(.enter, .enter, .text("n"), on: canvas)
    app.type("Trần Thị Bình", on: canvas)
    app.press(.enter, on: canvas)
    app.type("15/03/1980", on: canvas)
    app.press(.enter, .enter, .text("t"), on: canvas)
    #expect(canvas.line(with: "Chức danh").contains("Tổ trưởng"))
    let saved = app.pressRecording(.function(2), on: canvas)
    #expect(saved.isEmpty)
    #expect(canvas.screen.contains("Tổ đã có tổ trưởng đang hoạt động"))
  }
}
