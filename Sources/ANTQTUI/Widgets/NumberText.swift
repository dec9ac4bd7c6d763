import ANTQCore

/// Whole numbers as people in each language write them: "10.000" (vi), "10,000" (en).
public enum NumberText {
  public static func grouped(_ value: Int, language: Language) -> String {
    let separator = language == .vi ? "." : ","
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out += separator }
      out.append(digit)
    }
    return value < 0 ? "-" + out : out
  }
}
