import ANTQCore

extension App {
  /// Keys while a form is open: save and cancel are the app's, the rest the form's.
  mutating func handleForm(_ key: Key, form: inout any FormView, canvas: Canvas) -> [Effect] {
    switch table.command(for: key, in: .form) {
    case .save:
      overlays.append(.form(form))
      guard !readOnly else {
        message = (context.catalog["status.readOnlyFolder"], .warning)
        return []
      }
      guard let change = form.submit(context: context) else {
        overlays[overlays.count - 1] = .form(form)
        message = (context.catalog["form.invalid"], .bad)
        return []
      }
      overlays[overlays.count - 1] = .form(form)
      return save(change)
    case .back:
      overlays.append(.form(form))
      if form.isDirty {
        let dialog = ConfirmDialog(
          title: context.catalog["confirm.title"], question: context.catalog["form.discard"],
          catalog: context.catalog)
        overlays.append(.confirm(dialog, onYes: .discardForm))
      } else {
        closeForm()
      }
    case .help:
      overlays.append(.form(form))
      showHelp(scope: .form)
    case .point:
      if case .mouse(let event) = key,
        !form.point(atRow: event.row, in: bodyRect(canvas), context: context)
      {
        message = nil
      }
      overlays.append(.form(form))
    default:
      switch form.handle(key, context: context) {
      case .editing: break
      case .ignored: flashUnusedKey(key)
      case .notice(let text): message = (text, .warning)
      }
      overlays.append(.form(form))
    }
    return []
  }

  /// A form or question opens: its save will be based on the versions it shows now.
  mutating func open(_ overlay: Overlay) {
    openedOn = context.versions
    overlays.append(overlay)
  }

  mutating func closeForm() {
    if case .form = overlays.last { overlays.removeLast() }
    openedOn = nil
  }

  /// Asks the edge to record `change` over the version the form was opened on.
  mutating func save(_ change: Change, settles: [ChangeID] = [], undo: Bool = false) -> [Effect] {
    let base = (openedOn ?? context.versions).version(of: RecordKey(change.kind, change.id))
    saving = (change, undo)
    // A change of users may seal every tip again: said before the console goes quiet.
    if change.kind == .user { message = (context.catalog["status.savingUser"], .plain) }
    return [.save(change, base: base, settles: settles)]
  }

  /// y / Enter runs what the dialog asked about; n / Esc closes it.
  mutating func answer(_ key: Key, dialog: ConfirmDialog, pending: Pending) -> [Effect] {
    guard let yes = ConfirmDialog.answer(for: key, table: table) else {
      overlays.append(.confirm(dialog, onYes: pending))
      return []
    }
    guard yes else { return [] }
    switch pending {
    case .record(let change):
      guard !readOnly else {
        message = (context.catalog["status.readOnlyFolder"], .warning)
        return []
      }
      return save(change)
    case .discardForm:
      closeForm()
      return []
    case .importChanges(let changes, let file):
      message = (context.catalog.format("import.recording", file), .plain)
      return [.commitImport(changes, file: file)]
    }
  }

  /// `u`: records the inverse of this session's last change, through the journal, over the
  /// version that change made (someone's later edit is not undone silently).
  mutating func undo() -> [Effect] {
    guard !readOnly, let last = history.last else {
      message = (context.catalog["status.nothingToUndo"], .plain)
      return []
    }
    saving = (last.inverse, true)
    return [.save(last.inverse, base: last.id, settles: [])]
  }

  /// The edge recorded the change durably: show the store's province, close the form,
  /// remember the change for undo.
  mutating func didSave(_ saved: SavedChange) {
    let change = saved.change
    let inverse = context.data.inverse(of: change)
    context.data = saved.data
    context.versions = saved.versions
    let wasUndo = saving?.undo == true
    saving = nil
    if wasUndo {
      history.removeLast()
      message = (context.catalog["status.undone"], .good)
    } else {
      history.append((change, inverse, saved.id))
      message = (context.catalog["status.saved"], .good)
    }
    if case .conflict = overlays.last { overlays.removeLast() }
    closeForm()
    // A record saved for another year (today's, when the screen shows last year's
    // figures) takes the screens to that year, so the clerk sees it in the list.
    // A year the folder did not have is new and wholly in memory; a year on disk but not
    // loaded would show only this record, so the screens stay where they are then.
    if !wasUndo, case .upsert(let record) = change, let year = record.year {
      if !years.contains(year) {
        years = (years + [year]).sorted()
        loadedYears.insert(year)
      }
      if loadedYears.contains(year) { context.year = year }
    }
    contextChanged()
  }

  /// The edge could not record the change (disk full, read-only folder…): nothing changed;
  /// an open form stays with everything typed so the clerk can retry with F2.
  mutating func saveFailed(_ reason: String) {
    saving = nil
    let text = context.catalog.format("status.saveFailed", reason)
    if case .form(var form) = overlays.last {
      form.saveFailed(text)
      overlays[overlays.count - 1] = .form(form)
    }
    message = (text, .bad)
  }
}
