#if canImport(Glibc)
  import Glibc
#endif

/// Why a data folder is not opened (or not opened for writing): what is wrong with which
/// file or folder, whose it is, and the command that puts it right.
public struct FolderAccessProblem: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    /// Every account of the machine may read or write it (what `others` may do).
    case othersMay(Access)
    /// This account cannot read it (a folder: list and enter it).
    case cannotRead
    /// This account cannot write in it.
    case cannotWrite
  }

  public var kind: Kind
  /// The file or folder at fault (the first found).
  public var path: String
  public var owner: String
  public var group: String
  /// As `FileFacts.modeText` gives it: `0700 (drwx------)`.
  public var mode: String
  /// The account the program runs as.
  public var account: String
  /// How many other files and folders have the same problem.
  public var more: Int
  /// The shell command that fixes the whole data folder.
  public var fix: String
  /// The account must log in again for a group it was just added to (`fix` adds it).
  public var joinsGroup: Bool
}
