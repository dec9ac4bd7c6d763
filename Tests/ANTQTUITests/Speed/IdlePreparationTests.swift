import ANTQCore
import Testing

@testable import ANTQTUI

/// Work done between keys (the hidden view's rows, search keys) changes nothing the user
/// sees, whether it finished or a key came first.
@Suite(.serialized) @MainActor struct IdlePreparationTests {
  static let keys: [Key] =
    [.text("3"), .text("v"), .text(">"), .text("/")] + "hoc".map(Key.text) + [.enter, .end]

  /// Presses `keys`, giving the app `idleSteps` idle calls before each one.
  static func screens(idleSteps: Int) -> [[String]] {
    var (app, canvas) = AppFixture.app()
    var screens: [[String]] = []
    for key in keys {
      for _ in 0..<idleSteps where app.hasIdleWork { app.idle() }
      app.press(key, on: canvas)
      screens.append(canvas.lines)
    }
    return screens
  }

  @Test func keysShowTheSameWithIdleWorkDonePartlyOrNotAtAll() {
    let none = Self.screens(idleSteps: 0)
    #expect(none.last!.contains { $0.contains("hoc") || $0.contains("học") })
    #expect(Self.screens(idleSteps: 2) == none)
    #expect(Self.screens(idleSteps: 1_000) == none)
  }

  @Test func idleWorkEnds() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("3"), on: canvas)
    var steps = 0
    while app.hasIdleWork && steps < 10_000 {
      app.idle()
      steps += 1
    }
    #expect(!app.hasIdleWork)
    app.press(.text("v"), .text("/"), .text("x"), on: canvas)
    #expect(app.hasIdleWork == false, "a filter uses the keys built, it does not rebuild them")
  }
}
