import ANTQCore
import ANTQStore
import Foundation

/// `--demo` works on a fresh copy of the demo province in a new temporary folder. The copy
/// is written in the background so the dashboard appears at once; quitting waits for it.
final class DemoCopy: @unchecked Sendable {
  let folder: DataFolder
  private let done = DispatchSemaphore(value: 0)

  private init(folder: DataFolder) { self.folder = folder }

  static func start(_ data: ProvinceData, launch: Launch) -> DemoCopy {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "antq-demo-\(getpid())-\(Int(Date().timeIntervalSince1970))")
    let copy = DemoCopy(folder: DataFolder(base))
    Thread.detachNewThread {
      try? copy.folder.save(data)
      copy.done.signal()
    }
    return copy
  }

  func wait() { done.wait() }
}
