import ANTQCore
import ANTQSecurity
import ANTQStore
import Foundation

/// What every command needs before it runs: the assets, both catalogs and the language
/// the user chose. Also opens the province the options name.
struct Launch {
  let assets: URL
  let language: Language
  let catalogs: [Language: Catalog]

  var catalog: Catalog { catalogs[language]! }

  static func prepare(_ options: CommonOptions) throws -> Launch {
    let assets: URL
    let catalogs: [Language: Catalog]
    do {
      assets = try AssetLocator.locate()
      catalogs = try CatalogLoader.loadAll(assets: assets)
    } catch {
      throw Failure.other("antq: \(error.description)")
    }
    guard let language = Language(rawValue: options.lang?.lowercased() ?? "vi") else {
      throw Failure.usage(catalogs[.vi]!.format("cli.badLanguage", options.lang ?? ""))
    }
    if options.demo && options.data != nil {
      throw Failure.usage(catalogs[language]!["cli.demoWithData"])
    }
    return Launch(assets: assets, language: language, catalogs: catalogs)
  }

  /// The bundled demo province, generated from its small description.
  func demoProvince() throws -> ProvinceData {
    let url = assets.appendingPathComponent("demo/description.json")
    do {
      return DemoGenerator.generate(try CatalogLoader.loadJSON(DemoDescription.self, from: url))
    } catch {
      throw failure(error)
    }
  }

  /// The demo province with its people and keys, every identity sealed.
  func demoAccess() throws -> DemoAccess {
    let demo = try demoProvince()
    do {
      return try DemoAccess(demo)
    } catch {
      throw Failure.other("antq: \(error)")
    }
  }

  /// The running account's demo key file, or why it could not be written.
  func writeOwnerKey(_ access: DemoAccess, province: String) throws {
    do {
      try access.writeOwnerKey(province: province)
    } catch let problem as KeyProblem {
      throw Failure.other("antq: " + problem.message(catalog: catalog))
    }
  }

  /// The data folder the options name: --data, else the environment's default.
  func folder(_ options: CommonOptions) throws -> DataFolder {
    if let path = options.data { return DataFolder(URL(fileURLWithPath: path)) }
    return DataFolder(DataFolder.defaultLocation())
  }

  /// What a subcommand reads: the province (files plus journal) and every year it holds.
  struct Reading {
    let data: ProvinceData
    let years: [Int]
  }

  /// Reads a populated folder without writing anything (its journal included); a missing or
  /// empty folder is reported with what to do. `years` limits the dated records read.
  func read(_ folder: DataFolder, years: ProvinceStore.YearsToLoad = .all) throws -> Reading {
    let store = try readOnly(folder, years: years)
    return Reading(data: store.data, years: store.availableYears)
  }

  /// The store of a populated folder, opened to read only; a missing or empty folder is
  /// reported with what to do.
  func readOnly(_ folder: DataFolder, years: ProvinceStore.YearsToLoad = .all) throws
    -> ProvinceStore
  {
    do {
      switch try folder.status() {
      case .missing: throw Failure.usage(catalog.format("cli.dataMissing", folder.path))
      case .empty: throw Failure.usage(catalog.format("cli.dataEmpty", folder.path))
      case .populated:
        try refuseUnsafe(folder)
        return try ProvinceStore.open(folder: folder.url, mode: .readOnly, years: years)
      }
    } catch let error as StoreError {
      throw failure(error)
    }
  }

  /// The demo (generated) or the folder's province, as the options say.
  func read(_ options: CommonOptions, years: ProvinceStore.YearsToLoad = .all) throws -> Reading {
    guard !options.demo else {
      let data = try demoProvince()
      return Reading(data: data, years: data.years)
    }
    return try read(folder(options), years: years)
  }

  /// A record that breaks a rule, in the user's words.
  func describe(_ issue: ValidationIssue) -> String {
    catalog.format("cli.checkRecord", issue.recordID ?? "", issue.message(catalog))
  }

  /// Refuses a folder others may read or write, or with files this account cannot read,
  /// naming the path, its owner, group and mode, and the fix.
  func refuseUnsafe(_ folder: DataFolder) throws(StoreError) {
    if let problem = FolderAccess.check(folder) { throw StoreError.folderAccess(problem) }
  }

  /// A store error in the user's words: bad data exits 2, a failing disk or a folder's
  /// permissions 1.
  func failure(_ error: StoreError) -> Failure {
    let message = "antq: " + error.message(catalog: catalog)
    if case .io = error { return .other(message) }
    if case .folderAccess = error { return .other(message) }
    return .badData(message)
  }
}

extension Day {
  /// Today in the machine's local time zone.
  static func today() -> Day {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
  }
}

extension Moment {
  /// Now, to the minute, in the machine's local time zone.
  static func now() -> Moment {
    let parts = Calendar.current.dateComponents([.hour, .minute], from: Date())
    return Moment(day: .today(), hour: parts.hour!, minute: parts.minute!)!
  }
}
