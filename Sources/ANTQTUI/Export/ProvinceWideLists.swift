import ANTQCore

/// A row of a commune's section, with its commune: the province-wide lists of residential
/// areas and institutions that `antq export areas|institutions` writes.
struct InCommune<Line> {
  let line: Line
  let commune: String
}

extension ListColumn {
  /// The same column over rows that hold a `Row`.
  func pulledBack<Outer>(_ inner: @escaping (Outer) -> Row) -> ListColumn<Outer> {
    let sortKey: SortKey<Outer>
    switch self.sortKey {
    case .text(let value): sortKey = .text { value(inner($0)) }
    case .number(let value): sortKey = .number { value(inner($0)) }
    case .custom(let less): sortKey = .custom { less(inner($0), inner($1)) }
    }
    let text = self.text
    let style = self.style
    var column = ListColumn<Outer>(
      titleKey, width: width, alignment: alignment, flexible: flexible,
      text: { row, context in text(inner(row), context) }, sortKey: sortKey,
      style: style.map { style in { style(inner($0)) } })
    column.priority = priority
    return column
  }
}

extension CommuneSections {
  /// Every residential area of the province: its commune, then the commune page's columns.
  static func allAreas() -> ListScreen<InCommune<AreaLine>> {
    provinceWide(
      areaColumns, search: { $0.area.name },
      lines: { data, communeID, year in
        CommuneProfile.areas(data, communeID: communeID, year: year)
      })
  }

  /// Every agency, enterprise and school of the province, the same way.
  static func allInstitutions() -> ListScreen<InCommune<InstitutionLine>> {
    provinceWide(
      institutionColumns, search: { $0.institution.name },
      lines: { data, communeID, year in
        CommuneProfile.institutions(data, communeID: communeID, year: year)
      })
  }

  private static func provinceWide<Line>(
    _ columns: [ListColumn<Line>], search: @escaping (Line) -> String,
    lines: @escaping (ProvinceData, String, Int) -> [Line]
  ) -> ListScreen<InCommune<Line>> {
    let all =
      [ListColumn<InCommune<Line>>.text("col.commune", width: 16) { $0.commune }]
      + columns.map { $0.pulledBack { (row: InCommune<Line>) in row.line } }
    let list = RecordList(columns: all, sortedBy: 0, ascending: true) { row, _ in
      row.commune + " " + search(row.line)
    }
    return ListScreen(
      list: list,
      rows: { context in
        context.data.communes.flatMap { commune in
          lines(context.data, commune.id, context.year).map {
            InCommune(line: $0, commune: commune.name)
          }
        }
      })
  }
}
