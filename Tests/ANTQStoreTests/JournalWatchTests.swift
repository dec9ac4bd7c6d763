import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

#if canImport(Glibc)
  import Glibc
#endif

/// A console sleeps on the journals' watch instead of polling: another console's save must
/// wake it, and the change must then be there to read; once read, the watch is quiet again.
@Suite struct JournalWatchTests {
  @Test func anotherConsolesSaveWakesTheWatchAndIsThenRead() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let reader = try openStore(url, mode: .readOnly)
      let writer = try openStore(url)
      try writer.record(clerkChanges()[0])
      reader.refresh()  // the journals folder is there now
      let watch = try #require(reader.changeDescriptor)
      #expect(!readable(watch, waiting: 0))
      try writer.record(clerkChanges()[1])
      #expect(readable(watch, waiting: 5_000))
      #expect(reader.refresh() == 1)
      #expect(reader.data == writer.data)
      #expect(!readable(watch, waiting: 0))
    }
  }

  @Test func aLocalFolderIsWatchedAndAMissingOneIsNot() throws {
    try withTemporaryFolder { root in
      #expect(!JournalWatch.isNetworkShare(root.path))
      #expect(JournalWatch(folder: root.path) != nil)
      #expect(JournalWatch(folder: root.appendingPathComponent("gone").path) == nil)
    }
  }

  private func readable(_ descriptor: Int32, waiting milliseconds: Int32) -> Bool {
    var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&poller, 1, milliseconds) > 0
  }
}
