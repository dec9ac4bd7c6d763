import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

@Suite struct CatalogLoaderTests {
  private func makeAssets(_ root: URL, _ parts: [String: String]) throws {
    let folder = root.appendingPathComponent("i18n/vi")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, json) in parts { try write(json, to: folder.appendingPathComponent(name)) }
  }

  @Test func mergesEveryPartOfALanguage() throws {
    try withTemporaryFolder { root in
      // "Lưu" written decomposed (u + horn + grave) must come back precomposed.
      try makeAssets(
        root,
        [
          "a.json": #"{"a.save":"Lu\u031b\u0300u","a.count":"{0} bản ghi"}"#,
          "b.json": #"{"b.quit":"Thoát"}"#, "notes.txt": "ignored",
        ])
      let catalog = try CatalogLoader.load(.vi, assets: root)
      #expect(catalog.language == .vi)
      #expect(Set(catalog.keys) == ["a.save", "a.count", "b.quit"])
      #expect(catalog["a.save"] == "Lừu".precomposedStringWithCanonicalMapping)
      #expect(catalog["a.save"].unicodeScalars.count == 3)
      #expect(catalog.format("a.count", 12) == "12 bản ghi")
    }
  }

  @Test func keyDefinedTwiceNamesBothFiles() throws {
    try withTemporaryFolder { root in
      try makeAssets(root, ["a.json": #"{"x.ok":"Đồng ý"}"#, "b.json": #"{"x.ok":"OK"}"#])
      let folder = root.appendingPathComponent("i18n/vi").path
      let error = storeError { _ = try CatalogLoader.load(.vi, assets: root) }
      #expect(
        error
          == .duplicateKey(
            key: "x.ok", firstFile: folder + "/a.json", secondFile: folder + "/b.json"))
    }
  }

  @Test func brokenCatalogAndMissingLanguageAreReported() throws {
    try withTemporaryFolder { root in
      try makeAssets(root, ["a.json": "{\"x\": \"y\",\n \"z\": 3}"])
      let broken = storeError { _ = try CatalogLoader.load(.vi, assets: root) }
      guard case .invalidField(_, nil, nil, "z", let position, .wrongType("text"))? = broken else {
        Issue.record("expected a wrong type at z, got \(String(describing: broken))")
        return
      }
      #expect(position == TextPosition(line: 2, column: 7))
      let missing = storeError { _ = try CatalogLoader.load(.en, assets: root) }
      #expect(
        missing
          == .languageMissing(language: .en, path: root.appendingPathComponent("i18n/en").path))
    }
  }

  @Test func loadJSONDecodesAnyAssetFile() throws {
    struct Description: Decodable, Equatable {
      let name: String
      let communes: Int
    }
    try withTemporaryFolder { root in
      let file = root.appendingPathComponent("description.json")
      try write(#"{"name":"Tỉnh mẫu","communes":148}"#, to: file)
      #expect(
        try CatalogLoader.loadJSON(Description.self, from: file)
          == Description(name: "Tỉnh mẫu", communes: 148))
    }
  }

  @Test func storeCatalogsCoverBothLanguagesAndMatchTheBuiltinEnglish() throws {
    let vi = try CatalogLoader.load(.vi, assets: sourceAssets)
    let en = try CatalogLoader.load(.en, assets: sourceAssets)
    let viStore = Set(vi.keys.filter { $0.hasPrefix("store.") })
    let enStore = Set(en.keys.filter { $0.hasPrefix("store.") })
    #expect(viStore == enStore)
    #expect(Set(BuiltinStrings.english.keys) == enStore)
    for key in enStore { #expect(BuiltinStrings.english[key] == en[key], "\(key)") }
  }

  @Test func errorsReadInVietnamese() throws {
    let vi = try CatalogLoader.load(.vi, assets: sourceAssets)
    let error = StoreError.invalidField(
      file: "/d/members.json", record: 2, id: "MB02", field: "birthYear",
      position: TextPosition(line: 3, column: 14), problem: .wrongType(expected: "number"))
    #expect(
      error.message(catalog: vi)
        == "/d/members.json, dòng 3, cột 14: bản ghi 2 (mã MB02), trường \"birthYear\": cần một số. Tệp được giữ nguyên."
    )
    let io = StoreError.io(
      path: "/d/teams.json", operation: .rename, reason: "No space left on device")
    #expect(
      io.message(catalog: vi) == "/d/teams.json: không thể thay thế: No space left on device.")
  }
}
