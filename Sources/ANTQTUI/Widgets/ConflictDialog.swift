import ANTQCore
import Foundation

/// Two versions of one record side by side, and the choice between them: a save refused
/// because someone changed the record meanwhile (keep mine, take theirs, edit on), or a
/// conflict two offices made apart, to be decided (keep the version shown, take the other).
struct ConflictDialog {
  enum Subject {
    case refused(EditConflict)
    /// The record's heads, winner first, and what each holds (nil: deleted).
    case undecided(RecordKey, [Revision], [Record?])
  }

  let subject: Subject
  let box: MessageBox

  init(_ subject: Subject, catalog: Catalog) {
    self.subject = subject
    var lines: [String] = []
    let fields: [RecordDiff.Field]
    let footer: String
    let kind: RecordKind
    switch subject {
    case .refused(let conflict):
      kind = conflict.key.kind
      let mine: Record? = if case .upsert(let record) = conflict.mine { record } else { nil }
      lines.append(Self.who(conflict.theirs, deleted: conflict.theirRecord == nil, catalog))
      fields = RecordDiff.fields(conflict.theirRecord, mine)
      footer = catalog["ui.conflict.keys"]
      lines.append(catalog["ui.conflict.columns"])
    case .undecided(let key, let heads, let records):
      kind = key.kind
      lines.append(catalog["ui.conflict.undecided"])
      for (index, head) in heads.prefix(2).enumerated() {
        lines.append("\(index + 1). " + Self.who(head, deleted: records[index] == nil, catalog))
      }
      fields = RecordDiff.fields(records[0], records.count > 1 ? records[1] : nil)
      footer = catalog["ui.conflict.decideKeys"]
      lines.append(catalog["ui.conflict.undecidedColumns"])
    }
    for field in fields.prefix(8) {
      let name = Self.label(field.name, of: kind, catalog)
      lines.append("· \(name): \(field.left ?? "—")  ⇄  \(field.right ?? "—")")
    }
    if fields.count > 8 { lines.append(catalog.format("ui.conflict.more", fields.count - 8)) }
    box = MessageBox(
      title: catalog["ui.conflict.title"], message: lines.joined(separator: "\n"),
      footer: footer, style: .warning)
  }

  /// The field's label as the record's form shows it, else its stored name.
  static func label(_ field: String, of kind: RecordKind, _ catalog: Catalog) -> String {
    for key in ["form.\(kind.rawValue).\(field)", "form.field.\(field)"]
    where catalog.keys.contains(key) {
      return catalog[key]
    }
    return field
  }

  /// "root on pc01 changed it at 10:02 01/12/2026."
  static func who(_ revision: Revision, deleted: Bool, _ catalog: Catalog) -> String {
    let date = Date(timeIntervalSince1970: Double(revision.time) / 1_000_000)
    let formatter = DateFormatter()
    formatter.dateFormat = "HH:mm dd/MM/yyyy"
    return catalog.format(
      deleted ? "ui.conflict.deletedBy" : "ui.conflict.changedBy", revision.author.user,
      revision.author.host, formatter.string(from: date))
  }

  func draw(into canvas: Canvas) { box.draw(into: canvas) }
}
