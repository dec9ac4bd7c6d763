import ANTQCore
import Testing

@Suite struct ParsingTipMoveTests {
  @Test func eachAllowedMoveIsAccepted() {
    let allowed: [(Tip.Stage, Tip.Stage)] = [
      (.received, .classified), (.classified, .verifying), (.verifying, .forwarded),
      (.verifying, .handledAdministratively), (.verifying, .outOfScope),
      (.verifying, .suspended), (.forwarded, .closed), (.handledAdministratively, .closed),
      (.outOfScope, .closed), (.suspended, .closed),
    ]
    for (from, to) in allowed { #expect(Tip.checkMove(from: from, to: to) == nil, "\(from)→\(to)") }
  }

  @Test func everyOtherMoveIsRefused() {
    for from in Tip.Stage.allCases {
      for to in Tip.Stage.allCases where !from.allowedNext.contains(to) {
        let issue = Tip.checkMove(from: from, to: to)
        #expect(issue?.key == (from == .closed ? "validation.tip.closed" : "validation.tip.stage"))
      }
    }
  }
}
