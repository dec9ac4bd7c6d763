/// What the lines of one journal share while they are parsed one after another: the decoder's
/// choices per type, one tape buffer, and one copy of the texts every line repeats (the
/// writer, the years). Twenty thousand lines then hold fifty writers' names, not twenty
/// thousand copies, and taking them in touches less memory. One thread uses it.
final class LineReuse {
  let strategies = DecodeStrategies()
  var tape: [TapeEntry] = []
  private var writer = ""
  private var years: [Int]? = nil

  /// `text`, or the same text held from an earlier line.
  func writer(_ text: String) -> String {
    if text != writer { writer = text }
    return writer
  }

  func years(_ list: [Int]?) -> [Int]? {
    if list != years { years = list }
    return years
  }
}
