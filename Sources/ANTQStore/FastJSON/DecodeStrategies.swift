import ANTQCore

/// How `TapeDecoder` reads each type that has no fast path of its own, decided once per type.
/// Asking the runtime whether a type conforms to a protocol took a tenth of a folder's open
/// (the answer is looked up in a shared table on every ask). One instance serves one thread:
/// a file's whole document, or every line of one journal.
final class DecodeStrategies {
  enum Strategy {
    /// A record that reads its own fields, through code compiled for this reader.
    case specialized(any TapeReadable.Type)
    /// A record that reads its own fields.
    case readable(any FieldReadable.Type)
    /// An enum read by its name (a raw value that is a string).
    case named(any RawRepresentable.Type)
    /// An array, read element by element into storage reserved for all of them.
    case array(any TapeArray.Type)
    /// Through the type's own `init(from:)`.
    case decodable
  }

  private var known: [ObjectIdentifier: Strategy] = [:]

  func strategy<T>(for type: T.Type) -> Strategy {
    let key = ObjectIdentifier(type)
    if let strategy = known[key] { return strategy }
    let strategy: Strategy
    if let specialized = type as? any TapeReadable.Type {
      strategy = .specialized(specialized)
    } else if let readable = type as? any FieldReadable.Type {
      strategy = .readable(readable)
    } else if let array = type as? any TapeArray.Type {
      strategy = .array(array)
    } else if let named = type as? any RawRepresentable.Type, Self.rawIsString(named) {
      // (A parameterized cast, `as? any RawRepresentable<String>.Type`, demangles each time.)
      strategy = .named(named)
    } else {
      strategy = .decodable
    }
    known[key] = strategy
    return strategy
  }

  private static func rawIsString<R: RawRepresentable>(_: R.Type) -> Bool {
    R.RawValue.self == String.self
  }
}

/// An array the tape decoder reads itself: `Array`'s own `init(from:)` appends without
/// reserving, and growing a year's records copied them several times over.
protocol TapeArray {
  static func read(_ decoder: TapeDecoder, at index: Int) throws -> Self
}

extension Array: TapeArray where Element: Decodable {
  static func read(_ decoder: TapeDecoder, at index: Int) throws -> [Element] {
    let document = decoder.document
    guard document.tape[index].kind == .array else {
      throw FastJSONUnsupported(reason: "not an array")
    }
    let end = Int(document.tape[index].end)
    var count = 0
    var element = index + 1
    while element < end {
      count += 1
      element = document.next(after: element)
    }
    var result: [Element] = []
    result.reserveCapacity(count)
    element = index + 1
    while element < end {
      result.append(try decoder.decode(Element.self, at: element))
      element = document.next(after: element)
    }
    return result
  }
}
