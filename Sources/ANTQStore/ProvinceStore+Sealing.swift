import ANTQCore
import Foundation

extension ProvinceStore {
  /// The users identities are sealed to now: readers with a public key, by account.
  public var identityReaders: [User] { data.identityReaders }

  /// The change as the journal may carry it: a tip's informant typed in clear is sealed to
  /// the readers and dropped. Refused, with nothing written, when it cannot be sealed.
  func sealed(_ change: Change) throws(StoreError) -> Change {
    guard case .upsert(let record) = change, var tip = record.as(Tip.self),
      let informant = tip.informant
    else { return change }
    guard let sealer else { throw StoreError.identityNotSealed(.noSealer) }
    let readers = identityReaders
    guard !readers.isEmpty else { throw StoreError.identityNotSealed(.noReader) }
    do {
      tip.sealedIdentity = try sealer.seal(informant, readers: readers)
    } catch {
      throw StoreError.identityNotSealed(.failed("\(error)"))
    }
    tip.informant = nil
    return .upsert(.tip(tip))
  }

  /// A folder written before identities were sealed: every tip still carrying its informant
  /// in clear (whatever year) is sealed as a change of this console, then the files are
  /// folded so the clear bytes leave them, and the backups that still hold them are removed
  /// (a crash before that leaves them to be pruned by the next folds). Returns how many were
  /// sealed; nothing happens without a sealer or a reader. What fails is a notice: the folder
  /// still works, and the next console tries again.
  @discardableResult
  public func sealClearIdentities() -> Int {
    guard mode == .readWrite, sealer != nil, !identityReaders.isEmpty else { return 0 }
    do {
      for year in diskYears.subtracting(loaded).sorted() where tipsInClear(year: year) {
        try loadYear(year)
      }
      let clear = data.tips.filter { $0.informant != nil }
      guard !clear.isEmpty else { return 0 }
      for tip in clear {
        try record(.upsert(.tip(tip)), basedOn: versions.version(of: RecordKey(.tip, tip.id)))
      }
      try fold()
      try Backups(folder: folder).removeClearIdentities()
      return clear.count
    } catch {
      notices.append(.foldFailed(Self.storeError(error, path: folder.path)))
      return 0
    }
  }

  /// Whether a year's tips file on disk holds an informant in clear (a quick byte search).
  func tipsInClear(year: Int) -> Bool {
    Backups.holdsClearIdentity(folder.file("\(Collections.activityFolder)/\(year)/tips.json"))
  }
}

extension Backups {
  /// Bytes only a tip with its informant in clear writes.
  private static let clearMarker = Data("\"informant\"".utf8)

  static func holdsClearIdentity(_ path: String) -> Bool {
    guard let bytes = FileManager.default.contents(atPath: path) else { return false }
    return bytes.range(of: clearMarker) != nil
  }

  private func clearGenerations() -> [String] {
    generations().filter { generation in
      let activity = generation + "/" + Collections.activityFolder
      let years = (try? FileIO.list(activity)) ?? []
      return years.contains { Self.holdsClearIdentity(activity + "/" + $0 + "/tips.json") }
        || Self.holdsClearIdentity(generation + "/tips.json")
    }
  }

  func holdClearIdentities() -> Bool { !clearGenerations().isEmpty }

  /// Backups are for getting data back, not for keeping identities readable: a generation
  /// written before sealing goes once the files are sealed.
  func removeClearIdentities() throws {
    let doomed = clearGenerations()
    guard !doomed.isEmpty else { return }
    for path in doomed {
      do {
        try FileManager.default.removeItem(atPath: path)
      } catch {
        throw StoreError.io(path: path, operation: .write, reason: error.localizedDescription)
      }
    }
    try FileIO.syncFolder(root)
  }
}

/// What sealing identities again for the readers there are now did.
public struct ResealOutcome: Equatable, Sendable {
  /// Tips sealed again, each as a journaled change.
  public var resealed = 0
  /// Tips left as they were: the key at hand did not open them, or another console changed
  /// them meanwhile.
  public var left: [String] = []

  public init() {}
}

extension ProvinceStore {
  /// Tips of the years loaded whose identity is not sealed to exactly the readers now.
  public func tipsNotSealedToReaders() -> [Tip] { data.tipsNotSealedToReaders() }

  /// `antq check`'s line for the tips of the years loaded not sealed to the readers now.
  public var sealingProblem: FolderProblem? { FolderProblem.sealing(of: data) }

  /// Every tip's identity (every year) sealed to the readers there are now, as journaled
  /// changes of this console written together: `reseal` opens the old seal with a reader's key and
  /// seals it to the readers given. A tip it cannot open is left as it was, so no tip ever
  /// loses a reader it had. `renewing`: readers whose key changed (their old entry goes).
  public func resealIdentities(
    renewing: Set<String> = [], _ reseal: (SealedIdentity, [User]) throws -> SealedIdentity
  ) throws(StoreError) -> ResealOutcome {
    for year in diskYears.subtracting(loaded).sorted() { try loadYear(year) }
    var outcome = ResealOutcome()
    let readers = identityReaders
    guard !readers.isEmpty else { return outcome }
    let wanted = Set(readers.map(\.id))
    var changes: [Change] = []
    var bases: [ChangeID?] = []
    for tip in data.tips {
      guard var sealed = tip.sealedIdentity,
        sealed.readers != wanted || !renewing.isDisjoint(with: sealed.readers)
      else { continue }
      for account in renewing { sealed.keys[account] = nil }
      var changed = tip
      do {
        changed.sealedIdentity = try reseal(sealed, readers)
      } catch {
        outcome.left.append(tip.id)
        continue
      }
      changes.append(.upsert(.tip(changed)))
      bases.append(versions.version(of: RecordKey(.tip, tip.id)))
    }
    do {
      // One write and one fsync for every tip: thousands of them in a province.
      try record(all: changes, basedOn: bases)
      outcome.resealed = changes.count
    } catch {
      // Another console changed a tip meanwhile: nothing was written, every seal stands.
      guard case .conflict = error else { throw error }
      outcome.left += changes.map(\.id)
    }
    return outcome
  }
}
