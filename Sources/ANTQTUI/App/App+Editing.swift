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
      saving = (change, false)
      return [.save(change)]
    case .back:
      overlays.append(.form(form))
      if form.isDirty {
        let dialog = ConfirmDialog(
          title: context.catalog["confirm.title"], question: context.catalog["form.discard"],
          catalog: context.catalog)
        overlays.append(.confirm(dialog, onYes: .discardForm))
      } else {
        overlays.removeLast()
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
      saving = (change, false)
      return [.save(change)]
    case .discardForm:
      if case .form = overlays.last { overlays.removeLast() }
      return []
    }
  }

  /// `u`: records the inverse of this session's last change, through the journal.
  mutating func undo() -> [Effect] {
    guard !readOnly, let last = history.last else {
      message = (context.catalog["status.nothingToUndo"], .plain)
      return []
    }
    saving = (last.inverse, true)
    return [.save(last.inverse)]
  }

  /// The edge recorded the change durably: show it, close the form, remember it for undo.
  public mutating func didSave(_ change: Change) {
    let inverse = context.data.inverse(of: change)
    context.data.apply(change)
    let wasUndo = saving?.undo == true
    saving = nil
    if wasUndo {
      history.removeLast()
      message = (context.catalog["status.undone"], .good)
    } else {
      history.append((change, inverse))
      message = (context.catalog["status.saved"], .good)
    }
    if case .form = overlays.last { overlays.removeLast() }
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
  public mutating func saveFailed(_ reason: String) {
    saving = nil
    let text = context.catalog.format("status.saveFailed", reason)
    if case .form(var form) = overlays.last {
      form.saveFailed(text)
      overlays[overlays.count - 1] = .form(form)
    }
    message = (text, .bad)
  }
}

extension App {
  /// Shows a notice from outside (e.g. the store dropped a torn journal line at start).
  public mutating func notify(_ text: String) {
    message = (text, .warning)
  }
}

extension App {
  /// The edge loaded `year` from the data folder: `data` now holds it too; show it.
  public mutating func yearLoaded(_ year: Int, data: ProvinceData) {
    context.data = data
    loadedYears.insert(year)
    context.year = year
    message = nil
    contextChanged()
  }

  /// The year could not be read (a damaged file…): stay on the year shown and say why.
  public mutating func yearLoadFailed(_ reason: String) {
    message = (reason, .bad)
  }
}
