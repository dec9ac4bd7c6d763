import ANTQCore

/// One column of a record list: its header, how it shows a row and how it orders rows.
struct ListColumn<Row> {
  let titleKey: String
  let width: Int
  var alignment: TextAlignment = .left
  var flexible = false
  let text: (Row, AppContext) -> String
  /// Ascending order of two rows by this column.
  let order: (Row, Row) -> Bool
  var style: ((Row) -> Style?)? = nil

  init(
    _ titleKey: String, width: Int, alignment: TextAlignment = .left, flexible: Bool = false,
    text: @escaping (Row, AppContext) -> String, order: @escaping (Row, Row) -> Bool,
    style: ((Row) -> Style?)? = nil
  ) {
    self.titleKey = titleKey
    self.width = width
    self.alignment = alignment
    self.flexible = flexible
    self.text = text
    self.order = order
    self.style = style
  }

  /// A column of text ordered by that text, accents folded (Vietnamese-friendly order).
  static func text(
    _ titleKey: String, width: Int, flexible: Bool = false, _ value: @escaping (Row) -> String
  ) -> ListColumn {
    ListColumn(
      titleKey, width: width, flexible: flexible, text: { row, _ in value(row) },
      order: { value($0).folded < value($1).folded })
  }

  /// A right-aligned whole-number column in the language's digit grouping.
  static func count(_ titleKey: String, width: Int, _ value: @escaping (Row) -> Int) -> ListColumn {
    ListColumn(
      titleKey, width: width, alignment: .right,
      text: { row, context in
        context.numbers.integer(value(row))
      }, order: { value($0) < value($1) })
  }
}
