import Foundation
import Testing

extension Console {
  /// The first start of a user: the welcome, dismissed for good with Enter, remembered in
  /// the user's state folder (never in the data folder).
  @Suite struct Welcome {
    @Test func theWelcomeShowsOnceAndEnterDismissesItForGood() throws {
      let state = try TemporaryFolder("antq-e2e-state")
      let environment = ["XDG_STATE_HOME": state.path]
      let first = try ConsoleRun(["--demo"], columns: 80, rows: 24, environment: environment)
      let welcome = try first.terminal.wait(forAll: ["Chào mừng đến ANTQ Console", "F2", "Esc  ?"])
      #expect(welcome.found, "no welcome:\n\(welcome.screen)")
      try first.terminal.keys("Enter")
      let gone = try first.terminal.wait(forGone: "Chào mừng")
      #expect(gone.found, "welcome still shown:\n\(gone.screen)")
      try first.quit()
      #expect(try state.contents() == ["antq"])
      #expect(FileManager.default.fileExists(atPath: state.child("antq/welcomed").path))

      let second = try ConsoleRun(["--demo"], columns: 80, rows: 24, environment: environment)
      try second.expectDashboard()
      #expect(try !second.terminal.screen().contains("Chào mừng"))
      try second.quit()
    }
  }
}
