/// CRC-32 (IEEE 802.3, as in zip and PNG): catches damaged bytes in a journal line.
/// Computed eight bytes at a time ("slicing-by-8"): opening a folder checks every unfolded
/// line, and the byte-at-a-time loop was an eighth of that time.
enum CRC32 {
  /// `tables[k][n]`: the CRC of byte `n` followed by `k` zero bytes.
  private static let tables: [[UInt32]] = {
    var tables = [[UInt32]](repeating: [UInt32](repeating: 0, count: 256), count: 8)
    for n in 0..<256 {
      var c = UInt32(n)
      for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
      tables[0][n] = c
    }
    for k in 1..<8 {
      for n in 0..<256 {
        let previous = tables[k - 1][n]
        tables[k][n] = tables[0][Int(previous & 0xFF)] ^ (previous >> 8)
      }
    }
    return tables
  }()

  /// One flat table of 8 × 256 entries, read without bounds checks.
  private static let flat: [UInt32] = tables.flatMap { $0 }

  static func checksum<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32 {
    if let crc = bytes.withContiguousStorageIfAvailable({ checksum(UnsafeRawBufferPointer($0)) }) {
      return crc
    }
    return Array(bytes).withUnsafeBytes { checksum($0) }
  }

  static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    flat.withUnsafeBufferPointer { table in
      var crc: UInt32 = 0xFFFF_FFFF
      var index = 0
      let count = bytes.count
      while index + 8 <= count {
        let low =
          crc
          ^ (UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8
            | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24)
        let high =
          UInt32(bytes[index + 4]) | UInt32(bytes[index + 5]) << 8
          | UInt32(bytes[index + 6]) << 16 | UInt32(bytes[index + 7]) << 24
        crc =
          table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
          ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
          ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
          ^ table[1 * 256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
        index += 8
      }
      while index < count {
        crc = table[Int((crc ^ UInt32(bytes[index])) & 0xFF)] ^ (crc >> 8)
        index += 1
      }
      return crc ^ 0xFFFF_FFFF
    }
  }

  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }
}
