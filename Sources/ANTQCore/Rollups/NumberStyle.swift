/// How numbers are written in a language: vi "33.104" and "86,48 %", en "33,104" and "86.48%".
public struct NumberStyle: Hashable, Sendable {
  public var grouping: Character
  public var decimal: Character
  public var percentSign: String

  public init(_ language: Language) {
    switch language {
    case .vi:
      grouping = "."
      decimal = ","
      percentSign = " %"
    case .en:
      grouping = ","
      decimal = "."
      percentSign = "%"
    }
  }

  public func integer(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(grouping) }
      out.append(digit)
    }
    return value < 0 ? "-" + out : out
  }

  /// 8648 → "86,48 %", 9920 → "99,2 %", 10000 → "100 %": trailing zeros dropped.
  public func percent(hundredths: Int) -> String {
    var text = integer(hundredths / 100)
    var fraction = String(hundredths % 100)
    if fraction.count < 2 { fraction = "0" + fraction }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    if !fraction.isEmpty { text += String(decimal) + fraction }
    return text + percentSign
  }
}
