import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// Another process holding the folder's lock: python3 takes flock() on `.antq.lock`, writes
/// who it is, says "locked" and sleeps until killed.
private final class LockHolder {
  let process = Process()
  let since = "2025-06-01T08:00:00Z"

  init(folder: URL) throws {
    let script = """
      import fcntl, json, os, sys, time
      f = open(sys.argv[1], "a+")
      fcntl.flock(f, fcntl.LOCK_EX)
      f.truncate(0)
      f.write(json.dumps({"host": "may-xa-2", "pid": os.getpid(), "user": "canbo", "since": sys.argv[2]}))
      f.flush()
      print("locked", flush=True)
      time.sleep(120)
      """
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c", script, folder.appendingPathComponent(".antq.lock").path, since,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let line = pipe.fileHandleForReading.availableData
    guard String(decoding: line, as: UTF8.self).hasPrefix("locked") else {
      process.terminate()
      throw CocoaError(.fileLocking)
    }
  }

  func kill() {
    Glibc.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }
}

@Suite struct LockTests {
  @Test func aSecondProcessIsRefusedAndTakesOverOnceTheHolderDies() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let holder = try LockHolder(folder: url)
      defer { holder.kill() }
      let error = storeError { _ = try ProvinceStore.open(folder: url) }
      #expect(
        error
          == .lockedBy(
            host: "may-xa-2", pid: Int(holder.process.processIdentifier), since: holder.since))
      let vi = error?.message(catalog: try viCatalog()) ?? ""
      #expect(vi.contains("may-xa-2") && vi.contains("chỉ đọc"))
      #expect(error?.description.contains("read-only") == true)
      // Read-only still opens while the other process writes.
      #expect(
        try ProvinceStore.open(folder: url, mode: .readOnly, years: .all).data == sampleProvince())

      holder.kill()  // its lock file stays behind: a stale file is no lock
      let store = try ProvinceStore.open(folder: url)
      let info = try JSONDecoder().decode(
        FolderLock.Holder.self, from: Data(contentsOf: url.appendingPathComponent(".antq.lock")))
      #expect(info.pid == Int(getpid()))
      #expect(mode(url.path + "/.antq.lock") == 0o600)
      try store.close()
    }
  }

  @Test func twoStoresInOneProcessAlsoExcludeEachOther() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let first = try ProvinceStore.open(folder: url)
      guard case .lockedBy(_, let pid, _) = storeError({ _ = try ProvinceStore.open(folder: url) })
      else {
        Issue.record("second open was not refused")
        return
      }
      #expect(pid == Int(getpid()))
      try first.close()
      try ProvinceStore.open(folder: url).close()
    }
  }

  @Test func readOnlyOpeningWritesNothing() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      for change in clerkChanges() { try store.record(change) }
      store.abandon()
      let journal = url.appendingPathComponent("journal.jsonl")
      let handle = try FileHandle(forWritingTo: journal)
      handle.seekToEndOfFile()
      handle.write(Data("{\"seq\":6,\"cr".utf8))  // torn: read-only must not cut it
      try handle.close()
      try FileManager.default.removeItem(at: url.appendingPathComponent(".antq.lock"))
      let before = try folderSnapshot(url)
      Thread.sleep(forTimeInterval: 0.02)

      let reader = try openStore(url, mode: .readOnly)
      #expect(reader.data == expectedAfter(clerkChanges()))
      #expect(reader.notices.count == 1)
      try reader.close()
      #expect(try folderSnapshot(url) == before)
    }
  }
}
