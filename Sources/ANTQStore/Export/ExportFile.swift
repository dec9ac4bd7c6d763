import Foundation

/// Writes an export whole or not at all: a temporary file beside `path`, fsynced, renamed
/// over it, the folder fsynced. A folder that cannot be written leaves nothing behind.
public enum ExportFile {
  public static func write(_ bytes: [UInt8], to path: String) throws(StoreError) {
    try FileIO.replace(path, with: Data(bytes))
  }
}
