/// A part of a whole ("128 of 148"), with its percentage truncated to two decimals the
/// way the province's report writes it (128/148 → 86,48 %; 620/625 → 99,2 %).
public struct Share: Hashable, Sendable {
  public var numerator: Int
  public var denominator: Int

  public init(_ numerator: Int, _ denominator: Int) {
    self.numerator = numerator
    self.denominator = denominator
  }

  /// Hundredths of a percent, truncated; nil when there is no whole.
  public var hundredthsOfPercent: Int? {
    denominator == 0 ? nil : numerator * 10_000 / denominator
  }

  /// "86,48 %" (vi) or "86.48%" (en); "—" for 0 of 0.
  public func percentText(_ style: NumberStyle) -> String {
    guard let value = hundredthsOfPercent else { return "—" }
    return style.percent(hundredths: value)
  }

  /// "128 / 148 (86,48 %)".
  public func text(_ style: NumberStyle) -> String {
    "\(style.integer(numerator)) / \(style.integer(denominator)) (\(percentText(style)))"
  }
}
