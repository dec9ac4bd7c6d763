import ANTQCore
import Testing

@Suite struct ParsingTipMoveTests {
  @Test func eachAllowedMoveIsAccepted() {
    let allowed: [(Tip.Stage, Tip.Stage)] = [
      (.received, .classified), (.classified, .verifying), (.verifying, .forwarded),
      (.verifying, .handledAdministratively), (.verifying, .outOfScope),
      (.forwarded, .closed), (.handledAdministratively, .closed), (.outOfScope, .closed),
      (.forwarded, .extended), (.forwarded, .prosecuted), (.forwarded, .notProsecuted),
      (.forwarded, .suspended), (.extended, .extendedAgain), (.extended, .prosecuted),
      (.extendedAgain, .notProsecuted), (.suspended, .resumed), (.suspended, .closed),
      (.resumed, .prosecuted), (.prosecuted, .closed), (.notProsecuted, .closed),
    ]
    for (from, to) in allowed { #expect(Tip.checkMove(from: from, to: to) == nil, "\(from)→\(to)") }
  }

  @Test func everyOtherMoveIsRefused() {
    for from in Tip.Stage.allCases {
      for to in Tip.Stage.allCases where !from.allowedNext.contains(to) {
        let issue = Tip.checkMove(from: from, to: to)
        let expected =
          from == .closed
          ? "validation.tip.closed"
          : from == .verifying && to == .suspended
            ? "validation.tip.communeSuspension" : "validation.tip.stage"
        #expect(issue?.key == expected, "\(from)→\(to)")
      }
    }
  }
}
