/// One key press, decoded from the terminal. Printable input arrives as `.text`, already
/// combined into characters; control keys as named cases.
public enum Key: Hashable, Sendable {
  case text(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  case function(Int)
  /// Ctrl plus a letter, lower-cased: Ctrl-S is `.control("s")`.
  case control(Character)
  /// Alt (Meta) plus a letter, as terminals send it (Esc, then the letter): Alt-B is `.alt("b")`.
  case alt(Character)
  /// Text pasted in one piece (bracketed paste): inserted as typed text, never as keys.
  case paste(String)
  /// A mouse button or the wheel, at a screen cell.
  case mouse(MouseEvent)
  /// The terminal changed size.
  case resize
}

/// What the mouse did and where (0-based screen row and column).
public struct MouseEvent: Hashable, Sendable {
  public enum Action: Hashable, Sendable {
    case click, doubleClick, wheelUp, wheelDown
  }

  public var action: Action
  public var row: Int
  public var column: Int

  public init(_ action: Action, row: Int, column: Int) {
    self.action = action
    self.row = row
    self.column = column
  }

  /// The key the command table lists for this action (the place is left out).
  public var tableKey: Key { .mouse(MouseEvent(action, row: -1, column: -1)) }
}
