import ANTQCore

/// Reading a field's value and checking it on its own (rules that need other fields
/// come from the form's `build`).
extension FormField {
  /// The text as stored: trimmed, NFC.
  var stored: String { text.storageForm }

  func day(today: Day) -> Result<Day, ValidationIssue> {
    DayInput.parse(text, today: today, field: id).flatMap { day in
      FieldRules.day(day, field: id, today: today).map { .failure($0) } ?? .success(day)
    }
  }

  var time: Result<TypedTime, ValidationIssue> {
    guard case .time(let nextDay) = kind else { return TimeInput.parse(text, field: id) }
    return TimeInput.parse(text, field: id, allowNextDay: nextDay)
  }

  /// An empty count is 0.
  var count: Result<Int, ValidationIssue> {
    text.trimmed.isEmpty ? .success(0) : FieldRules.parseCount(text, field: id)
  }

  var chosen: FieldOption? {
    options.indices.contains(choice) ? options[choice] : nil
  }

  /// The options named by the typed text (several for a multiple pick).
  var picked: Result<[FieldOption], ValidationIssue> {
    guard let list = pickList else { return .success([]) }
    let parts =
      list.multiple ? text.split(separator: ",").map(String.init) : [text]
    var found: [FieldOption] = []
    for part in parts where !part.trimmed.isEmpty {
      guard let option = list.resolve(part) else {
        let key = list.matches(part).isEmpty ? "form.pick.unknown" : "form.pick.ambiguous"
        return .failure(ValidationIssue(field: id, key: key, arguments: [part.trimmed]))
      }
      if !found.contains(option) { found.append(option) }
    }
    return .success(found)
  }

  /// What is wrong with this field on its own, if anything.
  func issue(today: Day) -> ValidationIssue? {
    if hidden { return nil }
    if required, text.trimmed.isEmpty, !isChoice {
      return ValidationIssue(field: id, key: isPick ? "form.pick.empty" : "validation.text.blank")
    }
    switch kind {
    case .text(let limit), .notes(let limit, _):
      let length = stored.count
      return length > limit
        ? ValidationIssue(
          field: id, key: "form.text.tooLong", arguments: [String(length), String(limit)]) : nil
    case .date: return day(today: today).failure
    case .time: return text.trimmed.isEmpty ? nil : time.failure
    case .count: return count.failure
    case .choice: return nil
    case .pick: return picked.failure
    }
  }

  /// Rewrites a value that reads in its usual form: `1930` → `19:30`, `hôm nay` →
  /// `29/11/2026`, `minh tri` → `Minh Trì`. Text that does not read is left as typed.
  mutating func normalize(today: Day) {
    switch kind {
    case .date: if let day = day(today: today).value { setText(day.dayMonthYear) }
    case .time: if let time = time.value { setText(time.text) }
    case .count: if let count = count.value { setText(String(count)) }
    case .pick:
      guard let options = picked.value, !options.isEmpty else { return }
      let text = options.map(\.title).joined(separator: ", ")
      setText(text)
    default: break
    }
  }

  private var isChoice: Bool {
    if case .choice = kind { return true }
    return false
  }

  private var isPick: Bool { pickList != nil }
}

extension Result {
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }

  var value: Success? {
    if case .success(let value) = self { return value }
    return nil
  }
}
