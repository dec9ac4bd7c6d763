import ANTQCore
import Testing

@testable import ANTQStore

/// The journal lines' checksum stays the CRC-32 of zip and PNG, so lines written before the
/// faster computation still check, whatever their length.
@Suite struct CRC32Tests {
  @Test func theStandardCheckValue() {
    #expect(CRC32.hex(CRC32.checksum(Array("123456789".utf8))) == "cbf43926")
    #expect(CRC32.checksum([UInt8]()) == 0)
  }

  /// The bit-by-bit definition, for comparison.
  private func reference(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }
    return crc ^ 0xFFFF_FFFF
  }

  @Test func everyLengthAndSliceMatchesTheDefinition() {
    let seed = UInt64.random(in: 1...UInt64.max)
    print("CRC32Tests seed \(seed)")
    var generator = SplitMix64(seed: seed)
    for length in 0..<70 {
      let bytes = (0..<(length + 3)).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let slice = bytes[3...]
      #expect(CRC32.checksum(slice) == reference(Array(slice)), "length \(length), seed \(seed)")
    }
  }
}
