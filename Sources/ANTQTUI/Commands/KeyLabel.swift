extension Key {
  /// How the key is written in help and hints: "↑", "PgDn", "F1", "Ctrl-S", "Shift-Tab".
  /// Key names are the same in every language, as printed on the keyboard.
  public var label: String {
    switch self {
    case .text(" "): return "Space"
    case .text(let character): return String(character)
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .function(let number): return "F\(number)"
    case .control(let character): return "Ctrl-\(character.uppercased())"
    case .alt(let character): return "Alt-\(character.uppercased())"
    case .paste: return "Paste"
    case .mouse(let event):
      switch event.action {
      case .click: return "Click"
      case .doubleClick: return "Click×2"
      case .wheelUp: return "Wheel↑"
      case .wheelDown: return "Wheel↓"
      }
    case .resize: return "Resize"
    }
  }
}
