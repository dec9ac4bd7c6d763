import ANTQCore
import Testing

@Suite struct ParsingTests {
  let today = Day(year: 2026, month: 11, day: 29)!

  func day(_ text: String) -> Day? {
    DayInput.parse(text, today: today, field: "d").value
  }

  func issue(_ text: String) -> ValidationIssue? {
    if case .failure(let issue) = DayInput.parse(text, today: today, field: "d") { return issue }
    return nil
  }

  @Test func eachDateShorthand() {
    #expect(day("29/11/2026") == today)
    #expect(day("1/2/2025") == Day(year: 2025, month: 2, day: 1))
    #expect(day("29/11/26") == today)
    #expect(day("29-11-2026") == today)
    #expect(day("29.11.2026") == today)
    #expect(day("2026-11-29") == today)
    #expect(day("29/11") == today)
    #expect(day("hôm nay") == today)
    #expect(day("Hom Nay") == today)
    #expect(day("today") == today)
    #expect(day("hôm qua") == Day(year: 2026, month: 11, day: 28))
    #expect(day("yesterday") == Day(year: 2026, month: 11, day: 28))
  }

  @Test func dayAndMonthAloneMeanTheLatestPastOne() {
    #expect(day("15/12") == Day(year: 2025, month: 12, day: 15))
    #expect(day("28/11") == Day(year: 2026, month: 11, day: 28))
  }

  @Test func datesThatDoNotExistSayWhy() {
    #expect(issue("31/02/2025")?.key == "form.date.noDay")
    #expect(issue("31/02/2025")?.arguments == ["31/02/2025", "2", "28"])
    #expect(issue("29/02/2024") == nil)
    #expect(issue("12/13/2025")?.key == "form.date.noMonth")
    #expect(issue("mai")?.key == "form.date.format")
    #expect(issue("1/2/3/4")?.key == "form.date.format")
    #expect(issue("  ")?.key == "form.date.empty")
  }

  @Test func eachTimeShorthand() {
    for text in ["19:30", "1930", "19h30", "19H30", "19g30", "19.30"] {
      #expect(TimeInput.parse(text, field: "t").value?.minuteOfDay == 19 * 60 + 30, "\(text)")
    }
    #expect(TimeInput.parse("7", field: "t").value?.minuteOfDay == 7 * 60)
    #expect(TimeInput.parse("19h", field: "t").value?.minuteOfDay == 19 * 60)
    #expect(TimeInput.parse("730", field: "t").value?.minuteOfDay == 7 * 60 + 30)
    #expect(TimeInput.parse("02:00+1", field: "t", allowNextDay: true).value?.dayOffset == 1)
    #expect(TimeInput.parse("02:00+1", field: "t").value == nil)
  }

  @Test func timesThatDoNotReadSayWhy() {
    #expect(TimeInput.parse("24:00", field: "t").failure?.key == "form.time.range")
    #expect(TimeInput.parse("19:75", field: "t").failure?.key == "form.time.range")
    #expect(TimeInput.parse("tối", field: "t").failure?.key == "form.time.format")
    #expect(TimeInput.parse("12345", field: "t").failure?.key == "form.time.format")
    #expect(TimeInput.parse("", field: "t").failure?.key == "form.time.empty")
  }
}

extension Result {
  fileprivate var value: Success? {
    if case .success(let value) = self { return value }
    return nil
  }

  fileprivate var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
