import ANTQCore
import Testing

@Suite struct ShareTests {
  let vi = NumberStyle(.vi)
  let en = NumberStyle(.en)

  @Test func percentagesAreTruncatedLikeTheProvinceReport() {
    #expect(Share(128, 148).percentText(vi) == "86,48 %")
    #expect(Share(5129, 5400).percentText(vi) == "94,98 %")
    #expect(Share(620, 625).percentText(vi) == "99,2 %")
    #expect(Share(612, 612).percentText(vi) == "100 %")
    #expect(Share(84, 133).percentText(vi) == "63,15 %")
    #expect(Share(1, 3).percentText(en) == "33.33%")
    #expect(Share(128, 148).percentText(en) == "86.48%")
  }

  @Test func noWholeShowsADash() {
    #expect(Share(0, 0).percentText(vi) == "—")
    #expect(Share(0, 0).text(en) == "0 / 0 (—)")
  }

  @Test func thousandsAreGroupedPerLanguage() {
    #expect(vi.integer(33104) == "33.104")
    #expect(en.integer(33104) == "33,104")
    #expect(vi.integer(1_234_567) == "1.234.567")
    #expect(vi.integer(999) == "999")
    #expect(en.integer(-1500) == "-1,500")
    #expect(Share(5129, 5400).text(vi) == "5.129 / 5.400 (94,98 %)")
  }
}
