import CNcursesw

/// How `Style`s become ncurses attributes on this terminal: one colour pair per `Color`
/// role, or, on a monochrome terminal or with NO_COLOR set, bold / underline / dim.
struct TerminalPalette {
  /// True when roles are drawn with attributes only, never colour.
  let isMonochrome: Bool

  /// Whether colour must not be used: NO_COLOR set (non-empty) or the terminal has none.
  static func wantsMonochrome(environment: [String: String], terminalHasColors: Bool) -> Bool {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return true }
    return !terminalHasColors
  }

  /// Starts colour on the current screen (if colour is wanted) and defines one pair per
  /// role. Call once, after `newterm`.
  static func start(environment: [String: String]) -> TerminalPalette {
    let monochrome = wantsMonochrome(environment: environment, terminalHasColors: has_colors())
    guard !monochrome, start_color() == OK else { return TerminalPalette(isMonochrome: true) }
    let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
    let foregroundDefault: Int16 = background == -1 ? -1 : Int16(COLOR_WHITE)
    for role in Color.allCases where role != .normal {
      let foreground = foregroundColor(for: role) ?? foregroundDefault
      init_pair(pairNumber(for: role), foreground, background)
    }
    return TerminalPalette(isMonochrome: false)
  }

  static func pairNumber(for role: Color) -> Int16 { Int16(role.rawValue) }

  private static func foregroundColor(for role: Color) -> Int16? {
    switch role {
    case .normal: return nil
    case .accent: return Int16(COLOR_CYAN)
    case .good: return Int16(COLOR_GREEN)
    case .bad: return Int16(COLOR_RED)
    case .warning: return Int16(COLOR_YELLOW)
    case .muted: return antq_colors() >= 256 ? 244 : nil  // grey; dim otherwise
    }
  }

  /// The attributes and colour pair that draw `style`.
  func attributes(for style: Style) -> (attributes: attr_t, pair: Int16) {
    var attributes = antq_a_normal()
    if style.bold { attributes |= antq_a_bold() }
    if style.reverse { attributes |= antq_a_reverse() }
    if style.underline { attributes |= antq_a_underline() }
    if isMonochrome {
      return (attributes | Self.monochromeAttributes(for: style.color), 0)
    }
    if style.color == .muted && antq_colors() < 256 { attributes |= antq_a_dim() }
    return (attributes, Self.pairNumber(for: style.color))
  }

  /// Without colour, roles stay apart by attributes: titles bold, bad bold+underline,
  /// warnings bold, muted hints dim; selection is already reverse in `Style`.
  static func monochromeAttributes(for role: Color) -> attr_t {
    switch role {
    case .normal, .good: return antq_a_normal()
    case .accent, .warning: return antq_a_bold()
    case .bad: return antq_a_bold() | antq_a_underline()
    case .muted: return antq_a_dim()
    }
  }
}
