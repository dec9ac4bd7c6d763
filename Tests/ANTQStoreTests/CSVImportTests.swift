import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

@Suite struct CSVImportTests {
  let today = Day(year: 2026, month: 6, day: 1)!
  let header = "Mã,Mã tổ,Họ tên,Năm sinh,Giới tính,Vai trò,Ngày vào,Trang phục,Hỗ trợ\r\n"

  private func plan(_ text: String, _ table: ImportTable = .members)
    -> Result<ImportPlan, ImportProblems>
  {
    CSVImport.plan(table, bytes: Array(text.utf8), into: sampleProvince(), today: today)
  }

  @Test func goodRowsBecomeRecordsWithVietnameseOrEnglishHeaders() throws {
    let vietnamese = header + "M1,T001,\"Lê Văn, An\",1990,nam,tổ viên,01/03/2025,có,không\r\n"
    let plan = try plan(vietnamese).get()
    #expect(
      plan.changes == [
        .upsert(
          .member(
            Member(
              id: "M1", teamID: "T001", fullName: "Lê Văn, An", birthYear: 1990, gender: .male,
              role: .member, joined: day(2025, 3, 1), uniformIssued: true, paidAllowance: false)))
      ])
    let english =
      "id,team,full name,birth year,gender,role,joined,uniform,allowance\nM2,T001,Bình,1991,female,deputy,2025-03-02,yes,yes\n"
    #expect(try self.plan(english).get().changes.count == 1)
  }

  @Test func decomposedLettersAreComposedAndSpacesAroundACellTrimmed() throws {
    // As a Mac writes "Nguyễn Thị Ánh": letters and their marks apart.
    let decomposed = "Nguye\u{0302}\u{0303}n Thi\u{0323} A\u{0301}nh"
    let rows = [
      "M1,T001,\(decomposed),1990,nu\u{031B}\u{0303},tổ viên,01/03/2025,có,không",
      "M2,T001,\u{00A0}Trần Văn Bình\u{3000},1991,nam,tổ viên,01/03/2025,có,không",
      "M3,T001,  Lê Ánh ,1992,nam,tổ viên,01/03/2025,có,không",
    ]
    let changes = try plan(header + rows.joined(separator: "\r\n")).get().changes
    let members = changes.compactMap { change -> Member? in
      guard case .upsert(let record) = change else { return nil }
      return record.value as? Member
    }
    #expect(members.map(\.fullName) == ["Nguyễn Thị Ánh", "Trần Văn Bình", "Lê Ánh"])
    #expect(members.first?.gender == .female)
  }

  @Test func everyBadRowIsNamedWithLineColumnAndReasonAndNothingIsPlanned() throws {
    let rows = [
      "M1,T001,Đủ tuổi,1990,nam,tổ viên,01/03/2025,có,có",
      "M2,T001,Nhỏ tuổi,2015,nam,tổ viên,01/03/2025,có,có",
      "M3,T404,Sai tổ,1980,nam,tổ viên,31/02/2025,có,có",
      "M1,T001,Trùng mã,1980,nữ,bạn,01/03/2025,có,có",
    ]
    let problems = try #require(
      plan(header + rows.joined(separator: "\r\n")).failure?.all)
    let found = problems.map { "\($0.line) \($0.column ?? "-")" }
    #expect(found == ["3 Năm sinh", "4 Mã tổ", "4 Ngày vào", "5 Mã", "5 Vai trò"], "\(problems)")
    guard case .rule(let issue) = problems[0].reason else {
      Issue.record("line 3: \(problems[0])")
      return
    }
    #expect(issue.field == "birthYear")
    #expect(problems[3].reason == .duplicateID(line: 2))
  }

  @Test func headersThatAreUnknownOrMissingAreSaid() throws {
    let problems = try #require(plan("Mã,Họ tên,Màu áo\nM1,A,xanh\n").failure?.all)
    #expect(problems.contains(ImportProblem(line: 1, column: "Màu áo", reason: .unknownHeader)))
    #expect(
      problems.contains(ImportProblem(line: 1, column: nil, reason: .missingColumn("teamID"))))
  }

  @Test func otherEncodingsAreNamedNotGarbled() throws {
    let utf16 =
      [UInt8]([0xFF, 0xFE]) + Array(header.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(
      CSVImport.plan(.members, bytes: utf16, into: sampleProvince(), today: today).failure?.all
        == [ImportProblem(line: 1, column: nil, reason: .encoding("UTF-16"))])
    // "Nguyễn" with Windows-1258's "ê" (0xEA) on line 2.
    let cp1258 = Array("Mã,Mã tổ\n".utf8) + [0x4E, 0x67, 0x75, 0x79, 0xEA, 0x6E, 0x0A]
    #expect(
      CSVImport.plan(.members, bytes: cp1258, into: sampleProvince(), today: today).failure?.all
        == [ImportProblem(line: 2, column: nil, reason: .encoding("Windows-1258"))])
  }

  @Test func importingTheSameFileTwiceAddsNothingTheSecondTime() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let text = header + "M9,T001,Phạm Chín,1990,nam,tổ viên,01/03/2025,có,có\r\n"
      for expected in [1, 0] {
        let store = try openStore(url)
        let plan = try CSVImport.plan(
          .members, bytes: Array(text.utf8), into: store.data, today: today
        ).get()
        #expect(plan.changes.count == expected)
        for change in plan.changes { try store.record(change) }
        try store.close()
      }
      let store = try openStore(url)
      #expect(store.data.members.filter { $0.id == "M9" }.count == 1)
      try store.close()
    }
  }

  @Test func areasInstitutionsAndTeamsHaveTheirColumns() throws {
    let areas = "id,commune,name,kind\nK9,X001,Thôn Mới,thôn\n"
    #expect(try plan(areas, .areas).get().changes.count == 1)
    let institutions = "Mã,Xã,Tên,Loại\nI9,P002,Trường Tiểu học Mới,trường\n"
    #expect(try plan(institutions, .institutions).get().changes.count == 1)
    let teams =
      "Mã,Xã,Tên tổ,Khu dân cư,Ngày thành lập\nT9,X001,Tổ mới,K001,01/01/2025\nT8,X001,Tổ sai,K002,01/01/2025\n"
    let problems = try #require(plan(teams, .teams).failure?.all)
    #expect(problems.map(\.line) == [3], "K002 is in another commune: \(problems)")
  }
}

extension Result {
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
