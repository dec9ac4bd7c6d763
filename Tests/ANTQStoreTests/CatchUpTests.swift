import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// Many changes read at once (a folder opened with much unfolded, another console's burst)
/// are applied in one pass per collection: the data must be what applying them one by one
/// gives, records of years not loaded left out.
@Suite struct CatchUpTests {
  static let changes: [Change] =
    clerkChanges() + changesSeenIn2025() + [.delete(.commune, id: "X003")]
    + clerkChanges().prefix(2)

  @Test(arguments: [ProvinceStore.YearsToLoad.all, .latest])
  func aFolderOpenedWithManyUnfoldedChangesShowsThemAsAppliedOneByOne(
    years: ProvinceStore.YearsToLoad
  ) throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let writer = try openStore(url)
      for change in Self.changes { try writer.record(change) }
      writer.abandon()  // as killed: nothing folded

      let reader = try openStore(url, mode: .readOnly, years: years)
      #expect(reader.pendingChanges == Self.changes.count)
      var expected = expectedAfter(Self.changes)
      expected.removeYears { !reader.isLoaded($0) }
      #expect(reader.data == expected)
    }
  }

  @Test func anotherConsolesBurstOfChangesArrivesAsAppliedOneByOne() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let reader = try openStore(url)
      let writer = try openStore(url)
      for change in Self.changes { try writer.record(change) }
      #expect(reader.refresh() == Self.changes.count)
      #expect(reader.data == expectedAfter(Self.changes))
      #expect(reader.data == writer.data)
    }
  }
}
