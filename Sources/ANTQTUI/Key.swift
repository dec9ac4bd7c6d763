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
  /// The terminal changed size.
  case resize
}
