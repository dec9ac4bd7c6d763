import ANTQCore

/// The handling step added when editing a tip: the next stage (only the allowed moves,
/// or none), its date and time, and the reason.
enum TipMoveFields {
  /// Moves that close a line of handling without forwarding: the reason is required.
  static let needReason: Set<Tip.Stage> = [.handledAdministratively, .outOfScope]

  static func make(_ tip: Tip, context: AppContext) -> [FormField] {
    let catalog = context.catalog
    let options =
      [FieldOption(id: "", title: catalog["form.tip.noMove"])]
      + tip.allowedNextStages.map {
        FieldOption(id: $0.rawValue, title: catalog["stage.\($0.rawValue)"])
      }
    return [
      FormField(
        "nextStage", label: "form.tip.nextStage", kind: .choice(options), hint: "form.hint.choice"),
      FormField(
        "stepDate", label: "form.tip.stepDate", kind: .date, text: context.today.dayMonthYear,
        hint: "form.hint.date"),
      FormField(
        "stepTime", label: "form.tip.stepTime", kind: .time(nextDay: false),
        text: context.now.timeText, hint: "form.hint.time"),
      FormField(
        "reason", label: "form.tip.reason", kind: .text(limit: 500), hint: "form.hint.text"),
      FormField(
        "decisionNumber", label: "form.tip.decisionNumber", kind: .text(limit: 60),
        hint: "form.hint.decisionNumber"),
      FormField(
        "grantedBy", label: "form.tip.grantedBy", kind: .text(limit: 120),
        hint: "form.hint.grantedBy"),
    ]
  }

  /// The step chosen, or nil for none; issues go on the move's fields.
  static func step(_ form: Form, from stage: Tip.Stage, today: Day) -> Result<
    Tip.Step?, ValidationIssue
  > {
    guard let id = form["nextStage"].chosen?.id, !id.isEmpty, let next = Tip.Stage(rawValue: id)
    else { return .success(nil) }
    if let issue = Tip.checkMove(from: stage, to: next) {
      return .failure(
        ValidationIssue(field: "nextStage", key: issue.key, arguments: issue.arguments))
    }
    let day = form["stepDate"].day(today: today)
    let time = form["stepTime"].time
    guard case .success(let on) = day else { return .failure(day.failure!) }
    guard case .success(let at) = time else { return .failure(time.failure!) }
    let reason = form["reason"].stored
    if needReason.contains(next), reason.isEmpty {
      return .failure(ValidationIssue(field: "reason", key: "form.tip.reasonNeeded"))
    }
    return .success(
      Tip.Step(
        stage: next, at: at.on(on), reason: reason,
        number: next.isAgencyDecision ? form["decisionNumber"].stored.nilIfEmpty : nil,
        grantedBy: next.isExtension ? form["grantedBy"].stored.nilIfEmpty : nil))
  }
}
