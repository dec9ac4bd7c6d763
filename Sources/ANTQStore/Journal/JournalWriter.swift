import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Appends lines to the journal durably: each line is written at the end of the last good
/// line and fsynced before `append` returns. A failed write is cut off again, so a later line
/// never follows a half-written one.
final class JournalWriter {
  let path: String
  private var fd: Int32
  private(set) var length: Int
  private(set) var count: Int
  /// The hash chain's link the next line names (`JournalChain`).
  private(set) var chain: String
  /// Bytes past `length` may be on disk after a failed write: cut them before the next one.
  private var tailDirty = false
  private let faults: StoreFaults?

  /// Opens (creating, with its folder's modes) the journal and cuts it to `length`, dropping
  /// a torn tail.
  init(path: String, length: Int, count: Int, chain: String, faults: StoreFaults?)
    throws(StoreError)
  {
    let existed = FileIO.kind(path) != .missing
    fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, FileModes.owner.file)
    guard fd >= 0 else { throw FileIO.failure(path, .create) }
    // A journal copied in from elsewhere may be readable by others.
    FileIO.settle(fd, inside: (path as NSString).deletingLastPathComponent)
    self.path = path
    self.length = length
    self.count = count
    self.chain = chain
    self.faults = faults
    var info = stat()
    if fstat(fd, &info) == 0, Int(info.st_size) != length {
      guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
        let error = FileIO.failure(path, .write)
        close()
        throw error
      }
    }
    if !existed {
      do throws(StoreError) {
        try FileIO.syncFolder((path as NSString).deletingLastPathComponent)
      } catch {
        close()
        throw error
      }
    }
  }

  deinit { close() }

  func close() {
    if fd >= 0 { _ = Glibc.close(fd) }
    fd = -1
  }

  /// Writes `lines` one after the other and fsyncs them once: all are durable when this
  /// returns, and after a crash the reader keeps the whole lines before a torn one.
  func append(lines: [[UInt8]]) throws {
    guard let last = lines.last else { return }
    try append(Array(lines.joined()), lines: lines.count)
    chain = JournalChain.link(last)
  }

  /// Writes `line` and fsyncs it. Throws `StoreError.io` with the OS reason (or
  /// `SimulatedCrash` from a test's fault plan).
  func append(_ line: [UInt8]) throws {
    try append(line, lines: 1)
    chain = JournalChain.link(line)
  }

  private func append(_ line: [UInt8], lines: Int) throws {
    if tailDirty {
      guard call(.journalTruncate, ftruncate(fd, off_t(length))) == 0 else {
        throw FileIO.failure(path, .write)
      }
      tailDirty = false
    }
    if faults?.crashAt == .recordHalfWritten {
      _ = line.withUnsafeBytes { pwrite(fd, $0.baseAddress!, line.count / 2, off_t(length)) }
      try faults?.checkpoint(.recordHalfWritten)
    }
    var done = 0
    while done < line.count {
      let put = line.withUnsafeBytes { buffer in
        call(
          .journalWrite,
          pwrite(fd, buffer.baseAddress! + done, line.count - done, off_t(length + done)))
      }
      if put < 0, errno == EINTR { continue }
      guard put > 0 else { throw writeFailed(.write) }
      done += put
    }
    try faults?.checkpoint(.recordWritten)
    guard call(.journalSync, fsync(fd)) == 0 else { throw writeFailed(.sync) }
    length += line.count
    count += lines
  }

  private func writeFailed(_ operation: StoreError.Operation) -> StoreError {
    let error = FileIO.failure(path, operation)
    tailDirty = true
    if ftruncate(fd, off_t(length)) == 0 { tailDirty = false }
    return error
  }

  /// The system call's result, or -1 with errno set when the fault plan fails this call.
  private func call<Result: BinaryInteger>(
    _ kind: StoreFaults.Call, _ result: @autoclosure () -> Result
  )
    -> Result
  {
    if let code = faults?.failures[kind] {
      errno = code
      return -1
    }
    return result()
  }
}
