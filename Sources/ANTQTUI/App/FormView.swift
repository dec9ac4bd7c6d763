import ANTQCore

/// What a form tells the app after a key.
public enum FormOutcome {
  /// Keep editing (redraw).
  case editing
  /// Not a key of the form.
  case ignored
  /// Keep editing, and tell the clerk this (a paste was cut at the field's limit).
  case notice(String)
}

/// A form on screen (new or edited record). The app gives it the keys of the `.form`
/// scope except save and cancel, which the app handles: save asks `submit` for the change
/// to record; cancel asks before dropping typed text.
public protocol FormView {
  /// Shown in the form's frame, e.g. "Tuần tra mới".
  func title(_ context: AppContext) -> String
  /// True once the user typed or chose anything: cancelling then asks first.
  var isDirty: Bool { get }
  mutating func handle(_ key: Key, context: AppContext) -> FormOutcome
  /// Draws the form in `rect`; returns where the text cursor goes, if a text field has focus.
  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) -> (row: Int, column: Int)?
  /// Checks every field; the change to record, or nil with the problems shown by the fields.
  mutating func submit(context: AppContext) -> Change?
  /// A click on screen row `row` of the form drawn in `rect`; false when no field is there.
  mutating func point(atRow row: Int, in rect: Rect, context: AppContext) -> Bool
  /// Where a clerk is when the save failed (disk full…): the form stays with this message.
  mutating func saveFailed(_ message: String)
}

extension FormView {
  public mutating func saveFailed(_ message: String) {}
}
