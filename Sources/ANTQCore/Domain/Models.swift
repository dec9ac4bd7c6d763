/// Mô hình: a kind of movement model (guidance 22/HD-BCA-V05).
public struct ModelType: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var summary: String

  public init(id: String, name: String, summary: String = "") {
    self.id = id
    self.name = name
    self.summary = summary
  }
}

/// Điểm: one place where a model runs. Counts from its start year until retired.
public struct ModelSite: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var modelTypeID: String
  public var communeID: String
  public var residentialAreaID: String?
  public var name: String
  public var startYear: Int
  public var retiredYear: Int?

  public init(
    id: String, modelTypeID: String, communeID: String, residentialAreaID: String? = nil,
    name: String, startYear: Int, retiredYear: Int? = nil
  ) {
    self.id = id
    self.modelTypeID = modelTypeID
    self.communeID = communeID
    self.residentialAreaID = residentialAreaID
    self.name = name
    self.startYear = startYear
    self.retiredYear = retiredYear
  }

  public func runs(in year: Int) -> Bool {
    startYear <= year && (retiredYear.map { year < $0 } ?? true)
  }
}

/// Thẩm định: the yearly appraisal of a model at one site.
public struct ModelAppraisal: Codable, Hashable, Sendable, Identifiable {
  public enum Result: String, Codable, Sendable, CaseIterable {
    case effective, notEffective, proposeRetire
  }
  public var id: String
  public var siteID: String
  public var year: Int
  public var result: Result
  public var decisionNumber: String

  public init(id: String, siteID: String, year: Int, result: Result, decisionNumber: String) {
    self.id = id
    self.siteID = siteID
    self.year = year
    self.result = result
    self.decisionNumber = decisionNumber
  }
}

/// Điển hình tiên tiến: an advanced exemplar, recognised in a year, until withdrawn.
public struct Exemplar: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var siteID: String
  public var name: String
  public var year: Int
  public var withdrawnYear: Int?

  public init(id: String, siteID: String, name: String, year: Int, withdrawnYear: Int? = nil) {
    self.id = id
    self.siteID = siteID
    self.name = name
    self.year = year
    self.withdrawnYear = withdrawnYear
  }

  public func holds(in year: Int) -> Bool {
    self.year <= year && (withdrawnYear.map { year < $0 } ?? true)
  }
}
