import ANTQCore
import Foundation

/// Loads the strings a user reads from `assets/i18n/<lang>/*.json` (flat `{"key": "text"}`
/// maps, one per part of the program) and other JSON asset files.
public enum CatalogLoader {
  /// Merges every part; a key defined in two files is an error naming both. Texts are NFC.
  public static func load(_ language: Language, assets: URL) throws(StoreError) -> Catalog {
    let folder = assets.appendingPathComponent("i18n/\(language.rawValue)").path
    guard FileIO.kind(folder) == .folder else {
      throw StoreError.languageMissing(language: language, path: folder)
    }
    let parts = try FileIO.list(folder).filter { $0.hasSuffix(".json") }.sorted()
    var strings: [String: String] = [:]
    var origin: [String: String] = [:]
    for part in parts {
      let file = folder + "/" + part
      let map = try JSONFileDecoder.decode(
        [String: String].self, from: try FileIO.read(file), file: file)
      for (key, text) in map {
        if let first = origin[key] {
          throw StoreError.duplicateKey(key: key, firstFile: first, secondFile: file)
        }
        origin[key] = file
        strings[key] = text.nfc
      }
    }
    return Catalog(language: language, strings: strings)
  }

  /// Every language's catalog, read on all cores (a launch waits for them). The first error
  /// in language order is thrown.
  public static func loadAll(assets: URL) throws(StoreError) -> [Language: Catalog] {
    let results = parallelMap(Language.allCases) { language in
      Result { () throws(StoreError) in try load(language, assets: assets) }
    }
    var catalogs: [Language: Catalog] = [:]
    for (language, result) in zip(Language.allCases, results) {
      catalogs[language] = try result.get()
    }
    return catalogs
  }

  /// Decodes any JSON asset file, with the same file/line/column errors as the data folder.
  public static func loadJSON<T: Decodable>(_ type: T.Type, from url: URL) throws(StoreError) -> T {
    try JSONFileDecoder.decode(type, from: try FileIO.read(url.path), file: url.path)
  }
}
