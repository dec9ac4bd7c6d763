import ANTQCore

/// A centred box with a title, a wrapped message and a key hint on its last line.
public struct MessageBox: Sendable, Hashable {
  public var title: String
  public var message: String
  /// The hint under the message, e.g. "Enter: đóng".
  public var footer: String
  public var style: Style

  public init(title: String, message: String, footer: String, style: Style = .plain) {
    self.title = title
    self.message = message
    self.footer = footer
    self.style = style
  }

  /// A notice closed with Enter or Esc.
  public init(title: String, message: String, catalog: Catalog, style: Style = .plain) {
    self.init(title: title, message: message, footer: catalog["ui.message.close"], style: style)
  }

  public static let preferredWidth = 60

  /// The box's place on `canvas`: up to 60 columns wide, as tall as the wrapped text.
  public func frame(on canvas: Canvas) -> Rect {
    let inner = min(Self.preferredWidth, canvas.columns - 2) - 4
    let lines = message.wrapped(to: max(1, inner))
    let widest = max(
      lines.map(\.displayWidth).max() ?? 0, footer.displayWidth, title.displayWidth + 4)
    return Rect.centered(width: min(widest, inner) + 4, height: lines.count + 4, in: canvas)
  }

  public func draw(into canvas: Canvas) {
    let box = frame(on: canvas)
    guard box.width >= 6, box.height >= 4 else { return }
    Box.draw(box, title: title, into: canvas)
    let inner = box.width - 4
    let lines = message.wrapped(to: inner).prefix(box.height - 4)
    for (offset, line) in lines.enumerated() {
      canvas.put(line, row: box.row + 1 + offset, column: box.column + 2, style: style)
    }
    canvas.put(
      footer, row: box.row + box.height - 2, column: box.column + 2, width: inner, style: .hint,
      alignment: .right)
  }
}

/// A yes/no question: y or Enter answers yes, n or Esc answers no.
public struct ConfirmDialog: Sendable, Hashable {
  public var box: MessageBox

  public init(title: String, question: String, catalog: Catalog, style: Style = .warning) {
    box = MessageBox(
      title: title, message: question, footer: catalog["ui.confirm.keys"], style: style)
  }

  /// true for yes, false for no, nil for a key that does nothing here.
  public static func answer(for key: Key, table: CommandTable = .standard) -> Bool? {
    switch table.command(for: key, in: .dialog) {
    case .yes: return true
    case .no, .back: return false
    default: return nil
    }
  }

  public func draw(into canvas: Canvas) { box.draw(into: canvas) }
}
