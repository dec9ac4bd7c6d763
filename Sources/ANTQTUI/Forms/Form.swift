import ANTQCore

/// What a form's `build` makes of its fields: the change to record, or the problems.
/// Issues name form field ids; an issue on an unknown field is shown above the fields.
struct FormDraft {
  var change: Change?
  var issues: [ValidationIssue]

  static func failed(_ issues: [ValidationIssue]) -> FormDraft {
    FormDraft(change: nil, issues: issues)
  }
}

/// A form of labelled fields in a column. Tab/Enter go to the next field, Shift-Tab and
/// ↑/↓ move between fields; each field is checked as it is left and all again on save,
/// and the message stays next to the field with everything typed kept.
struct Form: FormView {
  let titleText: String
  var fields: [FormField]
  var focus = 0
  /// A message over the fields: a failed save, a likely duplicate, a rule about no field.
  var banner: (text: String, style: Style)?
  /// Makes the record from the fields and checks it against the data.
  let build: (Form, AppContext) -> FormDraft
  /// Runs after a field is left with a new value (a commune changes the teams offered).
  var onLeave: ((inout Form, String, AppContext) -> Void)?
  /// A warning to show once before saving (a likely duplicate); F2 again saves anyway.
  var warning: ((Change, AppContext) -> String?)?
  /// The last step of a save, run only then (a password's hash takes a moment).
  var finish: ((Change, Form, AppContext) -> FormDraft)?
  private var acknowledged: String?
  private var textOnEntry = ""

  init(
    title: String, fields: [FormField], build: @escaping (Form, AppContext) -> FormDraft
  ) {
    self.titleText = title
    self.fields = fields
    self.build = build
    focus = fields.firstIndex { !$0.hidden } ?? 0
    enter(focus)
  }

  func title(_ context: AppContext) -> String { titleText }

  var isDirty: Bool { fields.contains { $0.touched } }

  subscript(_ id: String) -> FormField {
    get { fields.first { $0.id == id }! }
    set {
      if let index = fields.firstIndex(where: { $0.id == id }) { fields[index] = newValue }
    }
  }

  var focusedID: String { fields[focus].id }

  /// A key the app left to the form: its command from the table (scope `.form`), or text.
  mutating func handle(_ key: Key, context: AppContext) -> FormOutcome {
    guard let command = CommandTable.standard.command(for: key, in: .form) else {
      return typed(fields[focus].type(key), context: context)
    }
    switch command {
    case .nextField:
      acceptDropDown()
      move(by: 1, context: context)
    case .previousField: move(by: -1, context: context)
    case .up, .down:
      let step = command == .down ? 1 : -1
      let rows = min(Self.dropDownRows, fields[focus].dropDown.count)
      if rows > 0 {
        fields[focus].highlight = (fields[focus].highlight + step + rows) % rows
      } else {
        move(by: step, context: context)
      }
    case .scrollUp: move(by: -1, context: context)
    case .scrollDown: move(by: 1, context: context)
    case .point:
      // The app resolves clicks with the form's layout (`point(atRow:in:context:)`).
      return .ignored
    default:
      return typed(fields[focus].apply(command), context: context)
    }
    return .editing
  }

  private func typed(_ result: FormField.Typed, context: AppContext) -> FormOutcome {
    switch result {
    case .changed: return .editing
    case .ignored: return .ignored
    case .cut(let limit): return .notice(context.catalog.format("form.paste.cut", limit))
    }
  }

  /// A click on screen row `row` of the form drawn in `rect`: focuses the field there.
  mutating func point(atRow row: Int, in rect: Rect, context: AppContext) -> Bool {
    guard let index = field(atRow: row, in: rect, catalog: context.catalog) else { return false }
    if index != focus {
      leaveCurrent(context: context)
      focus = index
      enter(index)
    }
    return true
  }

  /// Checks every field, then the record; the change, or nil with the messages shown.
  mutating func submit(context: AppContext) -> Change? {
    _ = fillRange(context: context)
    leaveCurrent(context: context)
    var issues = fields.compactMap { $0.issue(today: context.today) }
    let checked = Set(issues.map(\.field))
    let draft = build(self, context)
    issues += draft.issues.filter { !checked.contains($0.field) }
    show(issues, context: context, only: nil)
    if let first = fields.firstIndex(where: { $0.message != nil && !$0.hidden }) {
      focus = first
      enter(first)
    }
    guard issues.isEmpty, let change = draft.change else { return nil }
    if let text = warning?(change, context), text != acknowledged {
      acknowledged = text
      banner = (text, .warning)
      return nil
    }
    if let finish {
      let finished = finish(change, self, context)
      show(finished.issues, context: context, only: nil)
      return finished.issues.isEmpty ? finished.change : nil
    }
    return change
  }

  mutating func saveFailed(_ message: String) {
    banner = (message, .bad)
  }

  // MARK: moving between fields

  private mutating func move(by step: Int, context: AppContext) {
    let filledNext = fillRange(context: context)
    leaveCurrent(context: context)
    var next = focus + step + (filledNext && step > 0 ? 1 : 0)
    while fields.indices.contains(next), fields[next].hidden { next += step }
    guard fields.indices.contains(next) else { return }
    focus = next
    enter(next)
  }

  private mutating func enter(_ index: Int) {
    fields[index].fresh = !fields[index].text.isEmpty
    fields[index].highlight = 0
    textOnEntry = fields[index].text + "\u{0}\(fields[index].choice)"
  }

  /// "19:30-22:00" (or "19h-22h") typed in a time field followed by another one fills
  /// both; an end before the start is the next day when the end field allows it.
  /// True when the next field was filled (the focus then skips it).
  private mutating func fillRange(context: AppContext) -> Bool {
    guard case .time = fields[focus].kind, fields.indices.contains(focus + 1),
      case .time(let nextDay) = fields[focus + 1].kind
    else { return false }
    let parts = fields[focus].text.split(whereSeparator: { "-–—".contains($0) })
    guard parts.count == 2,
      let start = TimeInput.parse(String(parts[0]), field: fields[focus].id).value,
      var end = TimeInput.parse(
        String(parts[1]), field: fields[focus + 1].id, allowNextDay: nextDay
      )
      .value
    else { return false }
    if nextDay, end.dayOffset == 0, end.minuteOfDay <= start.minuteOfDay { end.dayOffset = 1 }
    fields[focus].setText(start.text)
    fields[focus + 1].setText(end.text)
    fields[focus + 1].touched = true
    fields[focus + 1].message = nil
    return true
  }

  /// Checks the field being left, alone and then against the others, and lets the
  /// form react to its new value.
  private mutating func leaveCurrent(context: AppContext) {
    let id = fields[focus].id
    fields[focus].fresh = false
    fields[focus].normalize(today: context.today)
    if textOnEntry != fields[focus].text + "\u{0}\(fields[focus].choice)" {
      onLeave?(&self, id, context)
      textOnEntry = fields[focus].text + "\u{0}\(fields[focus].choice)"
    }
    if let issue = fields[focus].issue(today: context.today) {
      show([issue], context: context, only: id)
    } else {
      show(build(self, context).issues, context: context, only: id)
    }
  }

  /// Puts each issue's message on its field (the first per field wins). With `only`,
  /// just that field's message changes.
  private mutating func show(_ issues: [ValidationIssue], context: AppContext, only: String?) {
    for index in fields.indices where only == nil || fields[index].id == only {
      fields[index].message =
        issues.first { $0.field == fields[index].id }?.message(context.catalog)
    }
    guard only == nil else { return }
    let ids = Set(fields.filter { !$0.hidden }.map(\.id))
    let loose = issues.filter { !ids.contains($0.field) }.map { $0.message(context.catalog) }
    banner = loose.isEmpty ? nil : (loose.joined(separator: " "), .bad)
  }

  private mutating func acceptDropDown() {
    let rows = fields[focus].dropDown
    guard !rows.isEmpty else { return }
    fields[focus].accept(rows[min(fields[focus].highlight, rows.count - 1)])
  }
}
