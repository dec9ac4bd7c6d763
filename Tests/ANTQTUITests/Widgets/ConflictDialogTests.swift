import ANTQCore
import Testing

@testable import ANTQTUI

@Suite struct ConflictDialogTests {
  @Test func theDifferencesAreNamedAsTheFormNamesTheFields() {
    var theirs = AppFixture.demo.patrols[0]
    theirs.route = "Tuyến A"
    var mine = theirs
    mine.route = "Tuyến B"
    let conflict = EditConflict(
      key: RecordKey(.patrol, theirs.id),
      theirs: Revision(
        id: ChangeID(writer: "w", sequence: 1), time: 0, author: Author(user: "canbo", host: "may"),
        change: nil),
      theirRecord: .patrol(theirs), mine: .upsert(.patrol(mine)))
    let dialog = ConflictDialog(.refused(conflict), catalog: AppFixture.catalogs[.vi]!)
    #expect(dialog.box.message.contains("· Tuyến tuần tra: Tuyến A  ⇄  Tuyến B"))
    #expect(dialog.box.message.contains("canbo trên máy may đã sửa bản ghi này"))
  }
}
