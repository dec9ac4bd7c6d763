import Foundation
import Testing

@testable import ANTQStore

/// Five wrong passwords lock a user for a quarter of an hour, whichever console they were
/// typed at; a right one or the admin's reset starts the count again.
@Suite struct LoginAttemptsTests {
  @Test func fiveWrongTriesLockTheUserOnEveryConsoleOfTheFolder() throws {
    try withTemporaryFolder { root in
      let folder = DataFolder(root)
      let start = Date(timeIntervalSince1970: 1_800_000_000)
      var here = LoginAttempts(folder: folder)
      var left: [Int] = []
      for minute in 0..<4 {
        left.append(here.failed("canbo", now: start.addingTimeInterval(Double(minute) * 60)))
      }
      #expect(left == [4, 3, 2, 1])
      #expect(here.lockedUntil("canbo", now: start) == nil)
      // The fifth try, typed at another console on the same folder.
      var there = LoginAttempts(folder: folder)
      #expect(there.failed("canbo", now: start.addingTimeInterval(300)) == 0)
      let until = start.addingTimeInterval(300 + LoginAttempts.lockSeconds)
      #expect(here.lockedUntil("canbo", now: start.addingTimeInterval(400)) == until)
      #expect(here.lockedUntil("lanhdao", now: start.addingTimeInterval(400)) == nil)
      // A quarter of an hour later the user may try again.
      #expect(here.lockedUntil("canbo", now: until.addingTimeInterval(1)) == nil)
      there.cleared("canbo")
      #expect(here.lockedUntil("canbo", now: start.addingTimeInterval(400)) == nil)
    }
  }
}
