import ANTQCore
import ANTQTUI
import Testing

/// A stand-in for the scrypt hash: what was typed, reversed, so a test can tell it was set.
struct StandInPasswords: PasswordSetting {
  func setting(_ password: String, on user: User) throws -> User {
    var user = user
    user.password = PasswordRecord(
      scheme: "stand-in", salt: "", hash: String(password.reversed()), cost: 1, blockSize: 1,
      parallelism: 1)
    return user
  }
}

/// The admin registers users in the console: `U` lists them, `n` adds, `e` changes one.
@Suite struct UsersScreenTests {
  static let chiDam = AppFixture.demo.communes.first { $0.name == "Chí Đám" }!

  static func app(as account: String) -> (App, GridCanvas) {
    var data = AppFixture.demo
    data.users = [
      User(id: "quantri", fullName: "Phạm Minh Quân", role: .admin, readsIdentities: true),
      User(id: "lanhdao", fullName: "Nguyễn Văn Hùng", rank: "Thượng tá", role: .supervisor),
      User(id: "canbo", fullName: "Lê Thị Thu Hà", role: .clerk, communeIDs: [chiDam.id]),
    ]
    let app = App(
      data: data, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today,
      year: 2025, now: AppFixture.lateEvening, account: account, passwords: StandInPasswords())
    let canvas = GridCanvas(rows: 24, columns: 80)
    app.draw(on: canvas)
    return (app, canvas)
  }

  static func saved(_ changes: [Change]) -> User? {
    guard case .upsert(let record) = changes.first else { return nil }
    return record.as(User.self)
  }

  @Test func theAdminSeesEveryUserWithRoleCommunesAndReading() {
    var (app, canvas) = Self.app(as: "quantri")
    app.press(.text("U"), on: canvas)
    let clerk = canvas.line(with: "canbo")
    #expect(
      clerk.contains("Lê Thị Thu Hà") && clerk.contains("Cán bộ nhập liệu"), "\(canvas.screen)")
    #expect(clerk.contains("Chí Đám"))
    #expect(canvas.line(with: "Phạm Minh Quân").contains("có"), "an admin reads identities")
    #expect(canvas.lines[23].hasPrefix("3 bản ghi"))
    app.press(.text("?"), .end, on: canvas)
    #expect(canvas.lines.contains { $0.contains("U") && $0.contains("Người dùng và vai trò") })
  }

  @Test func theAdminAddsAClerkWithAMaskedPasswordTypedTwice() throws {
    var (app, canvas) = Self.app(as: "quantri")
    app.press(.text("U"), .text("n"), on: canvas)
    #expect(canvas.screen.contains("Thêm người dùng"))
    app.fill("canbo.minhtri", on: canvas)
    app.fill("Trần Văn Bình", on: canvas)
    app.fill("Trung úy", on: canvas)
    app.press(.enter, on: canvas)  // clerk
    app.fill("Chí Đám", on: canvas)
    app.press(.enter, on: canvas)  // does not read identities
    app.fill("matkhau1", on: canvas)
    app.type("matkhau2", on: canvas)
    #expect(!canvas.screen.contains("matkhau"), "a password is never drawn")
    #expect(canvas.line(with: "Nhập lại mật khẩu").contains("********"))
    #expect(app.pressSaving(.function(2), on: canvas).isEmpty)
    #expect(canvas.screen.contains("Hai lần nhập không giống nhau"), "\(canvas.screen)")
    for _ in 0..<8 { app.press(.backspace, on: canvas) }
    app.type("matkhau1", on: canvas)
    let user = try #require(
      Self.saved(app.pressSaving(.function(2), on: canvas)), "\(canvas.screen)")
    #expect(user.id == "canbo.minhtri" && user.role == .clerk && user.rank == "Trung úy")
    #expect(user.communeIDs == [Self.chiDam.id])
    #expect(user.password?.hash == "1uahktam", "hashed on save, never kept in clear")
    #expect(canvas.line(with: "canbo.minhtri").contains("Trần Văn Bình"))
  }

  @Test func theAdminMakesAClerkASupervisorAndDisablesAnother() throws {
    var (app, canvas) = Self.app(as: "quantri")
    app.press(.text("U"), .text("/"), on: canvas)
    app.type("canbo", on: canvas)
    app.press(.enter, .text("e"), on: canvas)
    #expect(canvas.screen.contains("Sửa người dùng canbo"), "\(canvas.screen)")
    // Full name, rank, then the role: one to the right is a supervisor.
    app.press(.enter, .enter, .right, on: canvas)
    var user = try #require(
      Self.saved(app.pressSaving(.function(2), on: canvas)), "\(canvas.screen)")
    #expect(user.role == .supervisor && user.communeIDs.isEmpty && user.disabledAt == nil)
    app.press(.text("e"), .enter, .enter, .enter, .enter, .right, on: canvas)
    #expect(canvas.line(with: "▸ Trạng thái").count > 0, "\(canvas.screen)")
    user = try #require(Self.saved(app.pressSaving(.function(2), on: canvas)), "\(canvas.screen)")
    #expect(user.disabledAt == AppFixture.lateEvening)
    #expect(canvas.line(with: "canbo").contains("đã khóa"))
  }

  @Test func aSupervisorIsNotOfferedTheUsers() {
    var (app, canvas) = Self.app(as: "lanhdao")
    app.press(.text("U"), on: canvas)
    #expect(canvas.screen.contains("Việc này chỉ quản trị viên được làm"), "\(canvas.screen)")
    #expect(!canvas.screen.contains("Tài khoản"))
    app.press(.text("?"), .end, on: canvas)
    #expect(!canvas.screen.contains("Người dùng và vai trò"))
  }
}
