import ANTQCore

/// How a column orders rows. Text and number keys are computed once per row and cached,
/// so sorting 30,000 rows never folds a string inside the comparison.
enum SortKey<Row> {
  case text((Row) -> String)
  case number((Row) -> Int)
  case custom((Row, Row) -> Bool)
}

/// One column of a record list: its header, how it shows a row and how it orders rows.
struct ListColumn<Row> {
  let titleKey: String
  let width: Int
  var alignment: TextAlignment = .left
  var flexible = false
  let text: (Row, AppContext) -> String
  let sortKey: SortKey<Row>
  var style: ((Row) -> Style?)? = nil
  /// Which columns give way on a narrow screen: 0 always stays, higher numbers go first.
  var priority = 0
  /// The whole number the cell shows (a count, a year), for columns a chart (`b`) can draw.
  var number: ((Row) -> Int)? = nil

  init(
    _ titleKey: String, width: Int, alignment: TextAlignment = .left, flexible: Bool = false,
    text: @escaping (Row, AppContext) -> String, order: @escaping (Row, Row) -> Bool,
    style: ((Row) -> Style?)? = nil
  ) {
    self.init(
      titleKey, width: width, alignment: alignment, flexible: flexible, text: text,
      sortKey: .custom(order), style: style)
  }

  init(
    _ titleKey: String, width: Int, alignment: TextAlignment = .left, flexible: Bool = false,
    text: @escaping (Row, AppContext) -> String, sortKey: SortKey<Row>,
    style: ((Row) -> Style?)? = nil
  ) {
    self.titleKey = titleKey
    self.width = width
    self.alignment = alignment
    self.flexible = flexible
    self.text = text
    self.sortKey = sortKey
    self.style = style
  }

  /// A column of text ordered by that text, accents folded (Vietnamese-friendly order).
  static func text(
    _ titleKey: String, width: Int, flexible: Bool = false, _ value: @escaping (Row) -> String
  ) -> ListColumn {
    ListColumn(
      titleKey, width: width, flexible: flexible, text: { row, _ in value(row) },
      sortKey: .text(value))
  }

  /// A right-aligned whole-number column in the language's digit grouping.
  static func count(
    _ titleKey: String, width: Int, style: ((Row) -> Style?)? = nil,
    _ value: @escaping (Row) -> Int
  ) -> ListColumn {
    var column = ListColumn(
      titleKey, width: width, alignment: .right,
      text: { row, context in
        context.numbers.integer(value(row))
      }, sortKey: .number(value), style: style)
    column.number = value
    return column
  }

  /// A right-aligned column of years, written without grouping ("1990").
  static func year(_ titleKey: String, width: Int, _ value: @escaping (Row) -> Int) -> ListColumn {
    var column = ListColumn(
      titleKey, width: width, alignment: .right, text: { row, _ in String(value(row)) },
      sortKey: .number(value))
    column.number = value
    return column
  }

  /// The same column, dropped before lower `priority` ones when the screen is narrow.
  func priority(_ value: Int) -> ListColumn {
    var column = self
    column.priority = value
    return column
  }
}
