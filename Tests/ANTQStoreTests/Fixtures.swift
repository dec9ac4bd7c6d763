import ANTQCore
import Foundation

@testable import ANTQStore

/// A fresh folder under the system temp folder, removed after `body`.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("antq-store-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: url) }
  return try body(url)
}

func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

func moment(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> Moment {
  Moment(day: day(y, m, d), hour: h, minute: min)!
}

/// A small province with every collection filled, Vietnamese text in NFC, and activity in
/// two years (in year order, as a load returns them).
func sampleProvince() -> ProvinceData {
  var data = ProvinceData(province: Province(name: "Tỉnh Thanh Hóa", illustrative: true))
  data.communes = [
    Commune(id: "X001", name: "Xã Đồng Lương", kind: .xa, remote: true),
    Commune(id: "P002", name: "Phường Hạc Thành", kind: .phuong),
  ]
  data.residentialAreas = [
    ResidentialArea(id: "K001", communeID: "X001", name: "Thôn Quyết Thắng", kind: .thon),
    ResidentialArea(id: "K002", communeID: "P002", name: "Tổ dân phố số 5", kind: .toDanPho),
  ]
  data.institutions = [
    Institution(id: "I001", communeID: "P002", name: "Trường THPT Hàm Rồng", kind: .school)
  ]
  data.assessments = [
    SafetyAssessment(
      id: "A001", year: 2025, subject: Subject(.residentialArea, "K001"), result: .met,
      decisionNumber: "12/QĐ-UBND", decisionDate: day(2025, 11, 20))
  ]
  data.newRural = [NewRuralRecognition(id: "N001", subject: Subject(.commune, "X001"), year: 2023)]
  data.modelTypes = [
    ModelType(id: "M01", name: "Camera an ninh", summary: "Lắp camera ở ngõ xóm \"tự quản\"")
  ]
  data.modelSites = [
    ModelSite(
      id: "S001", modelTypeID: "M01", communeID: "X001", residentialAreaID: "K001",
      name: "Camera thôn Quyết Thắng", startYear: 2022)
  ]
  data.appraisals = [
    ModelAppraisal(
      id: "AP01", siteID: "S001", year: 2025, result: .effective, decisionNumber: "5/QĐ-CAT")
  ]
  data.exemplars = [
    Exemplar(id: "E01", siteID: "S001", name: "Điển hình ông Lê Văn Tám", year: 2024)
  ]
  data.teams = [
    Team(
      id: "T001", communeID: "X001", name: "Tổ bảo vệ ANTT thôn Quyết Thắng",
      residentialAreaIDs: ["K001"], founded: day(2024, 7, 1))
  ]
  data.members = [
    Member(
      id: "MB01", teamID: "T001", fullName: "Nguyễn Thị Hồng Nhung", birthYear: 1985,
      gender: .female, role: .leader, joined: day(2024, 7, 1), uniformIssued: true,
      paidAllowance: true)
  ]
  data.patrols = [
    Patrol(
      id: "PT1", communeID: "X001", teamID: "T001", start: moment(2024, 12, 30, 21, 0),
      end: moment(2024, 12, 30, 23, 30), residentialAreaIDs: ["K001"], route: "Đê sông Chu",
      participants: .init(police: 1, militia: 2, teamMembers: 4), findings: "Bình thường"),
    Patrol(
      id: "PT2", communeID: "X001", teamID: nil, start: moment(2025, 3, 1, 20, 0),
      end: moment(2025, 3, 1, 22, 0), residentialAreaIDs: [], route: "Chợ Đồng Lương",
      participants: .init(police: 2, militia: 0, teamMembers: 3)),
  ]
  data.tips = [
    Tip(
      id: "TB1", communeID: "X001", residentialAreaID: "K001",
      receivedAt: moment(2025, 4, 2, 8, 15), channel: .phone, kind: .denunciation,
      topic: "Trộm cắp", urgency: .urgent, summary: "Mất trộm xe máy\nở đầu thôn",
      informant: nil, steps: [.init(stage: .classified, at: moment(2025, 4, 2, 9, 0))],
      sealedIdentity: SealedIdentity(box: "Ym94", keys: ["lanhdao": "a2V5"]))
  ]
  data.incidents = [
    Incident(id: "VV1", communeID: "P002", day: day(2024, 5, 5), summary: "Hòa giải")
  ]
  data.outreach = [
    OutreachSession(
      id: "TT1", communeID: "P002", day: day(2025, 6, 1), topic: "Luật 30/2023/QH15",
      attendees: 120)
  ]
  data.trafficDuties = [
    TrafficDuty(
      id: "GT1", communeID: "P002", day: day(2025, 2, 10), location: "Ngã tư Phú Sơn",
      participants: 6)
  ]
  data.wantedCases = [
    WantedPersonCase(
      id: "TN1", communeID: "X001", day: day(2025, 8, 8), outcome: .surrendered,
      caseReference: "QĐTN 07")
  ]
  return data
}

func write(_ text: String, to url: URL) throws {
  try Data(text.utf8).write(to: url)
}

func text(_ url: URL) throws -> String {
  String(decoding: try Data(contentsOf: url), as: UTF8.self)
}

/// Catches the store error `body` throws, or nil when it does not throw one.
func storeError(_ body: () throws -> Void) -> StoreError? {
  do {
    try body()
    return nil
  } catch let error as StoreError {
    return error
  } catch {
    return nil
  }
}
