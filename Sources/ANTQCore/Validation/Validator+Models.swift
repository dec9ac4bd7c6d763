extension Validator {
  public func check(_ type: ModelType) -> [ValidationIssue] {
    FieldRules.text(type.name, field: "name")
      + FieldRules.text(type.summary, field: "summary", required: false)
  }

  public func check(_ site: ModelSite) -> [ValidationIssue] {
    var issues = FieldRules.text(site.name, field: "name")
    issues += [
      communeExists(site.communeID),
      FieldRules.year(site.startYear, field: "startYear", today: today),
      site.retiredYear.flatMap { FieldRules.year($0, field: "retiredYear", today: today) },
      endYear(site.retiredYear, after: site.startYear, field: "retiredYear"),
      site.residentialAreaID.flatMap {
        area($0, inCommune: site.communeID, field: "residentialAreaID")
      },
      site.institutionID.flatMap { institution($0, inCommune: site.communeID) },
      site.cameras.flatMap { FieldRules.count($0, field: "cameras") },
      site.groups.flatMap { FieldRules.count($0, field: "groups") },
    ].compactMap { $0 }
    issues += FieldRules.text(site.provincialUnit ?? "", field: "provincialUnit", required: false)
    for name in site.respectedPersons ?? [] {
      issues += FieldRules.text(name, field: "respectedPersons")
    }
    if !modelTypes.contains(site.modelTypeID) {
      issues.append(
        ValidationIssue(
          field: "modelTypeID", key: "validation.modelType.unknown", arguments: [site.modelTypeID]))
    }
    return issues
  }

  func siteExists(_ id: String, runningIn year: Int) -> ValidationIssue? {
    guard let site = sites[id] else {
      return ValidationIssue(field: "siteID", key: "validation.site.unknown", arguments: [id])
    }
    return site.runs(in: year)
      ? nil
      : ValidationIssue(
        field: "siteID", key: "validation.site.notRunning", arguments: [site.name, String(year)])
  }

  public func check(_ appraisal: ModelAppraisal) -> [ValidationIssue] {
    FieldRules.text(appraisal.decisionNumber, field: "decisionNumber")
      + [
        FieldRules.year(appraisal.year, field: "year", today: today),
        siteExists(appraisal.siteID, runningIn: appraisal.year),
      ].compactMap { $0 }
  }

  public func check(_ exemplar: Exemplar) -> [ValidationIssue] {
    FieldRules.text(exemplar.name, field: "name")
      + [
        FieldRules.year(exemplar.year, field: "year", today: today),
        endYear(exemplar.withdrawnYear, after: exemplar.year, field: "withdrawnYear"),
        siteExists(exemplar.siteID, runningIn: exemplar.year),
      ].compactMap { $0 }
  }

  func subjectExists(_ subject: Subject) -> ValidationIssue? {
    let known: Bool
    switch subject.kind {
    case .commune: known = communes[subject.id] != nil
    case .residentialArea: known = areas[subject.id] != nil
    case .institution: known = institutions[subject.id] != nil
    }
    return known
      ? nil
      : ValidationIssue(
        field: "subject", key: "validation.subject.unknown", arguments: [subject.id])
  }

  /// A commune assessed safe has at least one effective model that year (Circular
  /// 124/2021): a site running then that the year's appraisal did not find ineffective.
  public func check(_ assessment: SafetyAssessment) -> [ValidationIssue] {
    var issues = FieldRules.text(assessment.decisionNumber, field: "decisionNumber")
    issues += [
      FieldRules.year(assessment.year, field: "year", today: today),
      FieldRules.day(assessment.decisionDate, field: "decisionDate", today: today),
      subjectExists(assessment.subject),
    ].compactMap { $0 }
    issues += FieldRules.text(assessment.issuedBy ?? "", field: "issuedBy", required: false)
    if assessment.subject.kind == .commune, assessment.result == .met,
      let commune = communes[assessment.subject.id]
    {
      issues += communeConditions(commune, year: assessment.year)
    }
    if assessment.subject.kind == .institution,
      let institution = institutions[assessment.subject.id],
      !institution.classified
    {
      issues.append(
        ValidationIssue(
          field: "subject", key: "validation.assessment.outOfScope", arguments: [institution.name]))
    }
    return issues
  }

  func hasEffectiveModel(_ communeID: String, in year: Int) -> Bool {
    let ineffective = notEffective[year] ?? []
    return (sitesOfCommune[communeID] ?? []).contains {
      $0.runs(in: year) && !ineffective.contains($0.id)
    }
  }

  public func check(_ recognition: NewRuralRecognition) -> [ValidationIssue] {
    [
      FieldRules.year(recognition.year, field: "year", today: today),
      endYear(recognition.revokedYear, after: recognition.year, field: "revokedYear"),
      subjectExists(recognition.subject),
    ].compactMap { $0 }
  }
}

extension Validator {
  /// The institution exists and lies in the commune.
  func institution(_ id: String, inCommune communeID: String) -> ValidationIssue? {
    guard let institution = institutions[id] else {
      return ValidationIssue(
        field: "institutionID", key: "validation.subject.unknown", arguments: [id])
    }
    return institution.communeID == communeID
      ? nil
      : ValidationIssue(
        field: "institutionID", key: "validation.area.otherCommune",
        arguments: [institution.name, communes[communeID]?.name ?? communeID])
  }
}
