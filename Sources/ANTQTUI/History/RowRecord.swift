import ANTQCore

/// A list row that shows one record: its key, for the record's history (`h`).
protocol RecordRow {
  var recordKey: RecordKey? { get }
}

enum RowRecord {
  /// The record a row shows: the row itself when it is a record, else what it says it shows.
  static func key(_ row: Any) -> RecordKey? {
    if let row = row as? any RecordRow { return row.recordKey }
    if let record = row as? any RecordType { return record.record.key }
    return nil
  }
}

extension Record {
  var key: RecordKey { RecordKey(kind, id) }
}

extension TipsScreen.Row: RecordRow { var recordKey: RecordKey? { tip.record.key } }
extension PatrolsScreen.Row: RecordRow { var recordKey: RecordKey? { patrol.record.key } }
extension TeamsScreen.Row: RecordRow { var recordKey: RecordKey? { team.record.key } }
extension MembersList.Row: RecordRow { var recordKey: RecordKey? { member.record.key } }
extension ModelsScreen.Row: RecordRow { var recordKey: RecordKey? { type.record.key } }
extension SiteRow: RecordRow { var recordKey: RecordKey? { site.record.key } }
extension ActivityLists.Row: RecordRow { var recordKey: RecordKey? { RowRecord.key(record) } }
extension InCommune: RecordRow { var recordKey: RecordKey? { RowRecord.key(line) } }
extension CommunesScreen.Row: RecordRow {
  var recordKey: RecordKey? { RecordKey(.commune, summary.communeID) }
}
extension CommuneProfile.AreaLine: RecordRow { var recordKey: RecordKey? { area.record.key } }
extension CommuneProfile.InstitutionLine: RecordRow {
  var recordKey: RecordKey? { institution.record.key }
}
extension CommuneProfile.TeamLine: RecordRow { var recordKey: RecordKey? { team.record.key } }
