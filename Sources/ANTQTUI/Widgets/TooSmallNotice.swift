import ANTQCore

/// Shown instead of the screens while the terminal is below 80×24.
public enum TooSmallNotice {
  public static let minimumColumns = 80
  public static let minimumRows = 24

  public static func isTooSmall(_ canvas: Canvas) -> Bool {
    canvas.columns < minimumColumns || canvas.rows < minimumRows
  }

  /// "Cửa sổ quá nhỏ: cần 80×24, hiện có W×H", wrapped and centred.
  public static func text(columns: Int, rows: Int, catalog: Catalog) -> String {
    catalog.format("ui.too-small", minimumColumns, minimumRows, columns, rows)
  }

  public static func draw(into canvas: Canvas, catalog: Catalog) {
    canvas.clear()
    guard canvas.columns > 0, canvas.rows > 0 else { return }
    let lines = text(columns: canvas.columns, rows: canvas.rows, catalog: catalog)
      .wrapped(to: canvas.columns)
    let top = max(0, (canvas.rows - lines.count) / 2)
    for (offset, line) in lines.prefix(canvas.rows).enumerated() {
      canvas.put(
        line, row: top + offset, column: 0, width: canvas.columns, style: .warning,
        alignment: .center)
    }
  }
}
