import ANTQCore
import Foundation

/// A short fingerprint of a province's records, the same for two folders that hold the same
/// changes: FNV-1a over every collection's records in id order, as the files encode them. For
/// telling copies apart, not for security.
public enum DataDigest {
  public static func of(_ data: ProvinceData) -> String {
    let canonical = data.canonical
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var files = Collections.registers
    for year in canonical.years { files += Collections.yearly(year: year) }
    for file in files {
      let bytes = (try? file.encode(canonical, nil)) ?? Data()
      for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
    }
    return String(hash, radix: 16)
  }
}
