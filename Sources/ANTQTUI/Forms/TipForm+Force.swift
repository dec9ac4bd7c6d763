import ANTQCore

extension TipForm {
  /// The intake record's number, whether the grassroots force brought the tip and which
  /// team, and the day the informant was told the outcome (BLTTHS arts. 145, 149).
  static func forceFields(_ editing: Tip?, communeID: String?, context: AppContext)
    -> [FormField]
  {
    let teams = FormOptions.teams(
      context.data, commune: communeID, on: editing?.day ?? context.today)
    return [
      FormField(
        "intakeNumber", label: "form.tip.intakeNumber", kind: .text(limit: 40),
        text: editing?.intakeNumber ?? "", hint: "form.hint.intakeNumber"),
      SuperviseForm.yesNo(
        "byForce", label: "form.field.byForce", value: editing?.isForce ?? true,
        catalog: context.catalog),
      FormField(
        "team", label: "form.patrol.team", kind: .pick(teams),
        text: FormOptions.name(of: editing?.teamID, in: teams), hint: "form.hint.pick"),
      FormField(
        "informantNotified", label: "form.tip.informantNotified", kind: .text(limit: 12),
        text: editing?.informantNotified?.dayMonthYear ?? "", hint: "sup.hint.optionalDate"),
    ]
  }
}
