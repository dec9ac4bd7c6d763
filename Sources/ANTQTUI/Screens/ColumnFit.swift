/// Which columns of a list fit a width: columns with the highest `priority` number are
/// dropped first until the rest fit at their minimum widths; the sort column always stays
/// so its ▲/▼ is visible. Wider screens keep everything and flexible columns grow.
struct ColumnFit {
  /// A flexible column (a name) is not counted narrower than this when choosing columns.
  static let flexibleMinimum = 14
  let shown: [Int]

  init<Row>(_ columns: [ListColumn<Row>], width: Int, keep: Int?) {
    var shown = Array(columns.indices)
    func needed() -> Int {
      shown.reduce(0) { sum, index in
        sum
          + (columns[index].flexible
            ? min(columns[index].width, Self.flexibleMinimum) : columns[index].width)
      } + max(0, shown.count - 1) * TableLayout.gap
    }
    while needed() > width {
      let droppable = shown.filter { columns[$0].priority > 0 && $0 != keep }
      guard
        let drop = droppable.max(by: { (columns[$0].priority, $0) < (columns[$1].priority, $1) })
      else { break }
      shown.removeAll { $0 == drop }
    }
    self.shown = shown
  }

  /// The table state with its sort column renumbered to the shown columns.
  func state(_ state: TableState) -> TableState {
    var mapped = state
    mapped.sortColumn = state.sortColumn.flatMap { shown.firstIndex(of: $0) }
    return mapped
  }
}
