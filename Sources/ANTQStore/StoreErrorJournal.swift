/// What is wrong with one line of the journal.
public enum JournalProblem: Error, Equatable, Sendable {
  /// The line has no line break: the program stopped while writing it.
  case torn
  /// Not a line this program writes (`{"seq":…,"crc":"…","change":…}`).
  case badFormat
  /// The checksum does not match the change: the bytes were damaged.
  case checksumMismatch
  /// Sequence numbers must go up by one.
  case outOfSequence(expected: Int, found: Int)
  /// The change does not decode (an unknown kind, a missing field…).
  case undecodable(detail: String)
  /// The change is not JSON (checked strictly, even in fields this version does not know).
  case invalidJSON(column: Int, problem: JSONSyntaxProblem)
  /// Written by a newer version of the program (its line format number).
  case newerFormat(Int)
  /// The line belongs to another province's folder (copied in by mistake).
  case otherProvince(String)
}
