import ANTQCore

// Placeholders until the form framework (wip-forms) is merged.
enum ClassifyAction {
  static func open(_ subject: Subject, context: AppContext) -> ScreenOutcome {
    .message("…")
  }
}

enum ModelForms {
  static func appraisal(of site: ModelSite, context: AppContext) -> ScreenOutcome { .message("…") }
  static func exemplar(of site: ModelSite, context: AppContext) -> ScreenOutcome { .message("…") }
}

struct PendingForm: FormView {
  func title(_ context: AppContext) -> String { "…" }
  var isDirty: Bool { false }
  mutating func handle(_ key: Key, context: AppContext) -> FormOutcome { .ignored }
  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) -> (row: Int, column: Int)? {
    nil
  }
  mutating func submit(context: AppContext) -> Change? { nil }
}

extension ModelForms {
  static func type(editing: ModelType?, context: AppContext) -> any FormView { PendingForm() }
  static func site(editing: ModelSite?, typeID: String, context: AppContext) -> any FormView {
    PendingForm()
  }
}

enum TeamForms {
  static func team(editing: Team?, context: AppContext) -> any FormView { PendingForm() }
  static func member(editing: Member?, teamID: String, context: AppContext) -> any FormView {
    PendingForm()
  }
}
