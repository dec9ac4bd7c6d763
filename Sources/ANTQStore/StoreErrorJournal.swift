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
  /// The line's hash chain does not name the line before it (number `previous`, 0 for the
  /// journal's start): that line was changed after it was written, or a line was removed
  /// there. `writtenAfter`: the other line of the journal the chain names (lines moved).
  case chainBroken(previous: Int, writtenAfter: Int?)
  /// A line without a chain after lines that had one: put there or changed by hand.
  case chainMissing
  /// The journal ends before this line, which `folded.json` says was folded: lines were
  /// removed from its end (`folded`: how many lines it had when folded).
  case foldedLineMissing(folded: Int)
}
