import ANTQCore
import Testing

@testable import ANTQTUI

@Suite struct CommunePageHeaderTests {
  @Test func oneCommunesInstitutionSplitIsItsEntryOfTheWholeTable() {
    let data = AppFixture.demo
    for year in data.years {
      let all = InstitutionShares.byCommune(data, year: year)
      for commune in data.communes {
        let one = CommunePage.institutionShares(communeID: commune.id, data: data, year: year)
        let expected = all[commune.id] ?? InstitutionShares()
        #expect(one.agencies == expected.agencies && one.schools == expected.schools)
      }
    }
  }
}
