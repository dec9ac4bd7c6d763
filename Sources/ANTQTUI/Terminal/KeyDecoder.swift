import CNcursesw

/// One thing `get_wch` returned: a character (a Unicode scalar value) or a key code.
enum RawInput: Equatable {
  case character(UInt32)
  case keyCode(Int32)
}

/// Turns what `get_wch` returns into a `Key`. Pure, so every mapping is testable
/// without a terminal.
enum KeyDecoder {
  /// The key for `input`, or `nil` for input the console ignores (NUL, unknown codes).
  static func key(for input: RawInput) -> Key? {
    switch input {
    case .character(let value): return key(forCharacter: value)
    case .keyCode(let code): return key(forKeyCode: code)
    }
  }

  static func key(forCharacter value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return .control(Character(Unicode.Scalar(UInt8(value - 1) + 0x61)))
    case 0..<32, 0x80..<0xA0: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .text(Character(scalar))
    }
  }

  static func key(forKeyCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME, KEY_FIND: return .home
    case KEY_END, KEY_SELECT: return .end
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_RESIZE: return .resize
    default:
      let function = code - antq_key_f(0)
      if (1...12).contains(function) { return .function(Int(function)) }
      return nil
    }
  }

  /// True for a scalar that attaches to the character before it (a combining mark),
  /// so "e" followed by U+0302 U+0301 becomes one "ế".
  static func isCombining(_ value: UInt32) -> Bool {
    guard let scalar = Unicode.Scalar(value) else { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }
}
