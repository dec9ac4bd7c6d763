/// Test hooks on the record and fold paths. A planned crash stops the operation at a step by
/// throwing `SimulatedCrash`, which no cleanup code catches: what is on disk at that moment is
/// what a kill -9 would leave. A planned errno makes a file-system call fail as a full disk
/// (ENOSPC) or a read-only mount (EROFS) would — running as root, chmod cannot make a folder
/// unwritable, so this is how those failures are tested.
final class StoreFaults {
  enum Step: Hashable {
    /// Half of the journal line is written; the rest never is.
    case recordHalfWritten
    /// The whole line is written but not fsynced.
    case recordWritten
    /// The line is fsynced; the in-memory data is not yet changed.
    case recordSynced
    /// The backup generation is linked in its staging folder, not yet published.
    case backupLinked
    case backupPublished
    case save(SaveStep)
    /// `folded.json` names the journals' new positions: the fold is done.
    case manifestWritten
    case backupsPruned
  }

  enum Call: Hashable { case journalWrite, journalSync, journalTruncate }

  var crashAt: Step?
  var failures: [Call: Int32] = [:]
  /// Every step passed, in order: a dry run lists the steps a test then stops at one by one.
  private(set) var passed: [Step] = []

  func checkpoint(_ step: Step) throws {
    passed.append(step)
    if step == crashAt { throw SimulatedCrash(step: step) }
  }
}

struct SimulatedCrash: Error, Equatable {
  let step: StoreFaults.Step
}
