import ANTQCore

/// The records an import added, and the province as the store now has it.
public struct ImportedChanges: Sendable {
  public let file: String
  public let count: Int
  public let data: ProvinceData
  public let versions: Versions

  public init(file: String, count: Int, data: ProvinceData, versions: Versions) {
    self.file = file
    self.count = count
    self.data = data
    self.versions = versions
  }
}

extension Action {
  /// The edge's answer to `.planImport`: the preview, or why there is none.
  public static func importRead(_ outcome: Result<ImportPreview, ImportPreview.Unavailable>)
    -> Action
  {
    switch outcome {
    case .success(let preview): return .importPreviewed(preview)
    case .failure(let unavailable): return .importFailed(unavailable.message)
    }
  }
}

extension App {
  /// `:import` / `I`: asks for the file ("members.csv", or "members danh-sach.csv" to say
  /// what it holds when its header does not).
  mutating func askImportFile() {
    guard !readOnly else {
      message = (context.catalog["status.readOnlyFolder"], .warning)
      return
    }
    overlays.append(.prompt(.importFile, PromptLine(prefix: context.catalog["import.prompt"])))
  }

  /// The typed file goes to the edge, which reads and checks it and answers with a preview.
  mutating func submitImportFile(_ text: String) -> [Effect] {
    let typed = text.trimmed
    guard !typed.isEmpty else { return [] }
    message = (context.catalog.format("import.reading", typed), .plain)
    return [.planImport(typed)]
  }

  /// Shows the preview: every problem (nothing can be imported), a refusal of the user's
  /// role, or the first rows and the count, to confirm.
  mutating func showImportPreview(_ preview: ImportPreview, on canvas: Canvas) {
    let catalog = context.catalog
    let numbers = context.numbers
    guard preview.problems.isEmpty else {
      let width = max(20, min(96, canvas.columns - 8))
      let lines =
        preview.problems.flatMap { $0.wrapped(to: width) }
        + ["", catalog.format("import.nothing", numbers.integer(preview.problems.count))]
      overlays.append(
        .help(
          HelpOverlay(
            title: catalog.format("import.problems.title", preview.file), text: lines,
            catalog: catalog)))
      return
    }
    guard !preview.changes.isEmpty else {
      message = (
        catalog.format("import.nothingNew", preview.file, numbers.integer(preview.unchanged)),
        .plain
      )
      return
    }
    if let refusal = importRefusal(preview.changes) {
      message = (refusal, .bad)
      return
    }
    var text = catalog.format(
      "import.preview", numbers.integer(preview.changes.count), preview.tableTitle,
      numbers.integer(preview.unchanged))
    text += "\n"
    for row in preview.firstRows { text += "\n· " + row.clipped(to: MessageBox.preferredWidth - 8) }
    text += "\n\n" + catalog.format("import.confirm", numbers.integer(preview.changes.count))
    let dialog = ConfirmDialog(
      title: catalog.format("import.title", preview.file), question: text, catalog: catalog,
      style: .plain)
    overlays.append(.confirm(dialog, onYes: .importChanges(preview.changes, file: preview.file)))
  }

  /// Why the user may not add every one of these records (a clerk's other communes), by the
  /// rules the store enforces; nil when they may.
  func importRefusal(_ changes: [Change]) -> String? {
    guard let account = context.account else { return nil }
    let data = context.data
    let policy = AccessPolicy(data)
    var first: AccessRefusal?
    var refused = 0
    for change in changes {
      guard
        let refusal = policy.refusal(
          of: change, by: account, at: context.now,
          current: data.record(change.kind, id: change.id),
          in: data)
      else { continue }
      first = first ?? refusal
      refused += 1
    }
    guard let first else { return nil }
    let numbers = context.numbers
    return context.catalog.format(
      "import.refused", first.message(context.catalog), numbers.integer(refused),
      numbers.integer(changes.count))
  }

  /// The edge recorded the import: show the store's province.
  mutating func imported(_ done: ImportedChanges) {
    context.data = done.data
    context.versions = done.versions
    contextChanged()
    message = (
      context.catalog.format("import.done", context.numbers.integer(done.count), done.file), .good
    )
  }
}
