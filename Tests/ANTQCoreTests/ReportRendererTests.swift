import ANTQCore
import Foundation
import Testing

@Suite struct ReportRendererTests {
  let report = YearReport(data: DemoFixture.data, year: 2025)

  @Test func jsonHasExactlyTheReportKeys() throws {
    let text = ReportRenderer.render(report, format: .json, catalog: DemoFixture.catalog(.vi))
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let expected: Set<String> = [
      "year", "province", "communes", "communesSafe", "xa", "xaNewRural", "residentialAreas",
      "residentialAreasSafe", "agenciesEnterprises", "agenciesEnterprisesSafe", "schools",
      "schoolsSafe", "newRuralModelResidentialAreas", "modelTypes", "modelSites", "exemplars",
      "modelsAppraised", "teams", "members", "membersUniformed", "membersPaidAllowance", "tips",
      "incidentsResolved", "outreachSessions", "patrols", "trafficDuties", "wantedCaught",
      "tipsAll", "incidentsResolvedAll", "outreachSessionsAll", "patrolsAll", "trafficDutiesAll",
      "tipsForwardedLate", "peopleManaged", "educationFiles", "reformSchoolReferrals",
      "rehabReferrals", "rescues", "cameras", "schoolsOutOfScope",
    ]
    #expect(Set(object.keys) == expected)
    #expect(object["modelSites"] as? Int == 33104)
    let decoded = try JSONDecoder().decode(YearReport.self, from: Data(text.utf8))
    #expect(decoded == report)
    #expect(text.contains("\"agenciesEnterprises\" : 612,\n  \"agenciesEnterprisesSafe\""))
  }

  @Test func textShowsSharesInTheCatalogLanguage() {
    let vi = ReportRenderer.render(
      report, format: .text, catalog: DemoFixture.catalog(.vi), illustrative: true)
    #expect(vi.contains("128 / 148 (86,48 %)"))
    #expect(vi.contains("5.129 / 5.400 (94,98 %)"))
    #expect(vi.contains("620 / 625 (99,2 %)"))
    #expect(vi.contains("33.104"))
    #expect(vi.contains("Dữ liệu minh họa"))
    let en = ReportRenderer.render(report, format: .text, catalog: DemoFixture.catalog(.en))
    #expect(en.contains("128 / 148 (86.48%)"))
    #expect(en.contains("33,104"))
    #expect(!en.contains("Illustrative"))
  }

  @Test func textValuesStartInOneColumn() {
    let text = ReportRenderer.render(report, format: .text, catalog: DemoFixture.catalog(.vi))
    let lines = text.split(separator: "\n").dropFirst()
    let columns = Set(
      lines.map { line in
        line.distance(from: line.startIndex, to: line.firstIndex(where: \.isNumber)!)
      })
    #expect(columns.count == 1)
  }

  @Test func markdownIsATable() {
    let md = ReportRenderer.render(
      report, format: .markdown, catalog: DemoFixture.catalog(.en), illustrative: true)
    #expect(md.contains("| Figure | Value |\n|---|---:|\n"))
    #expect(md.contains("| Model sites | 33,104 |"))
    #expect(md.contains("> Illustrative data"))
  }

  @Test func csvQuotesFieldsWithCommasAndQuotes() {
    var named = report
    named.province = "Tỉnh \"A\", B"
    let csv = ReportRenderer.render(named, format: .csv, catalog: DemoFixture.catalog(.vi))
    let rows = csv.components(separatedBy: "\r\n")
    #expect(rows[0] == "key,label,value")
    #expect(rows.contains("province,Tỉnh,\"Tỉnh \"\"A\"\", B\""))
    #expect(rows.contains("communesSafe,Xã, phường đạt tiêu chuẩn an toàn về ANTT,128") == false)
    #expect(rows.contains("communesSafe,\"Xã, phường đạt tiêu chuẩn an toàn về ANTT\",128"))
    #expect(rows.contains("modelSites,Điểm mô hình,33104"))
    #expect(rows.last == "")
  }

  @Test func everyLabelIsInBothCatalogs() {
    for language in Language.allCases {
      let catalog = DemoFixture.catalog(language, ["report"])
      for line in ReportLine.all { #expect(catalog.keys.contains(line.labelKey)) }
    }
  }
}
