import ANTQCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension DataFolder {
  /// Writes every collection atomically: each file goes to a temporary file in the same
  /// folder, is fsynced, renamed over the old one, and the folders are fsynced. Refuses (and
  /// writes nothing) when an existing file is not valid JSON or has a schema this program does
  /// not know: that file may hold data only a person or a newer program can recover.
  public func save(_ data: ProvinceData) throws(StoreError) {
    if try status() == .missing { try FileIO.makeFolder(path) }
    let years = Set(try activityYearsOnDisk()).union(Collections.activityYears(data)).sorted()
    var list = Collections.registers
    for year in years { list += Collections.activity(year: year) }
    let files = list

    try checkOverwritable(files)
    for year in years { try FileIO.makeFolder(file("\(Collections.activityFolder)/\(year)")) }

    let written = parallelMap(files) { entry -> Result<String, StoreError> in
      let target = file(entry.relativePath)
      do {
        let bytes = try entry.encode(data)
        return .success(try FileIO.writeTemporary(bytes, besides: target))
      } catch let error as StoreError {
        return .failure(error)
      } catch {
        return .failure(.io(path: target, operation: .write, reason: "\(error)"))
      }
    }
    let temporaries = written.compactMap { try? $0.get() }
    for case .failure(let error) in written {
      for temporary in temporaries { unlink(temporary) }
      throw error
    }
    for (entry, temporary) in zip(files, temporaries) {
      try FileIO.rename(temporary, over: file(entry.relativePath))
    }
    var folders = [path]
    if !years.isEmpty { folders.append(file(Collections.activityFolder)) }
    folders += years.map { file("\(Collections.activityFolder)/\($0)") }
    for folder in folders { try FileIO.syncFolder(folder) }
  }

  /// Every existing target must read as valid JSON with a known schema before anything is
  /// replaced. A byte scan: far cheaper than decoding.
  private func checkOverwritable(_ files: [CollectionFile]) throws(StoreError) {
    let existing = files.map { file($0.relativePath) }.filter { FileIO.kind($0) != .missing }
    let problems = parallelMap(existing) { target -> StoreError? in
      do throws(StoreError) {
        let bytes = try FileIO.read(target)
        if let failure = JSONSyntaxCheck.firstError(in: bytes) {
          return .invalidJSON(
            file: target, position: TextPosition(offset: failure.offset, in: bytes),
            problem: failure.problem)
        }
        let schema = try Self.schema(of: bytes, file: target)
        guard Envelope<Int>.supportedSchemas.contains(schema) else {
          return .unsupportedSchema(
            file: target, found: schema, supported: Envelope<Int>.supportedSchemas)
        }
        return nil
      } catch {
        return error
      }
    }
    if let problem = problems.compactMap({ $0 }).first { throw problem }
  }

  /// The envelope's schema number: read from the head our writer puts it in, else decoded.
  private static func schema(of bytes: Data, file: String) throws(StoreError) -> Int {
    let head = bytes.prefix(64)
    let prefix = Array("{\"schema\":".utf8)
    if head.starts(with: prefix) {
      let digits = head.dropFirst(prefix.count).prefix { $0 >= 0x30 && $0 <= 0x39 }
      if let value = Int(String(decoding: digits, as: UTF8.self)) { return value }
    }
    struct Head: Decodable { let schema: Int }
    return try JSONFileDecoder.decode(Head.self, from: bytes, file: file).schema
  }
}
