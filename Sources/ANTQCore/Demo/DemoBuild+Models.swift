extension DemoBuild {
  /// Model types, their sites, yearly appraisals and advanced exemplars.
  mutating func models() {
    for (i, name) in desc.modelTypes.enumerated() {
      data.modelTypes.append(ModelType(id: ident("M", i + 1, width: 2), name: name))
    }
    let typeTargets = desc.years.map(\.modelTypes)
    let featured = desc.featuredSites.count
    let communes = data.communes.count
    // Year 0 anchors: the featured sites, then one site per commune (so every commune
    // assessed safe has a model running). Later anchors: the first site of each new type.
    var anchors = [featured + communes]
    for k in 1..<typeTargets.count { anchors.append(typeTargets[k] - typeTargets[k - 1]) }
    let plan = Lifetimes.plan(
      targets: desc.years.map(\.modelSites), endPerMille: 15, anchors: anchors, rng: &rng)
    var batchIndex = 0
    for (i, life) in plan.enumerated() {
      batchIndex = i > 0 && plan[i - 1].start == life.start ? batchIndex + 1 : 0
      var type = rng.below(typeTargets[life.start])
      var commune = -1
      var name: String?
      if life.start == 0 && batchIndex < featured {
        let f = desc.featuredSites[batchIndex]
        guard let t = desc.modelTypes.firstIndex(of: f.modelType) else {
          preconditionFailure("featured site of unknown model type: \(f.modelType)")
        }
        type = t
        commune = communeIndex(named: f.commune)
        name = f.name
      } else if life.start == 0 && batchIndex < featured + communes {
        commune = batchIndex - featured
        type = commune % typeTargets[0]
      } else if life.start > 0 && life.anchor {
        type = typeTargets[life.start - 1] + batchIndex
      }
      if commune < 0 { commune = weightedCommune() }
      let areas = areasOf[commune]
      let area: Int? =
        name == nil && rng.chance(perMille: 750) ? areas[rng.below(areas.count)] : nil
      let place = area.map { data.residentialAreas[$0].name } ?? communeLabels[commune]
      let start = life.start == 0 ? rng.int(in: 2008...years[0]) : years[life.start]
      data.modelSites.append(
        ModelSite(
          id: ident("D", i + 1), modelTypeID: data.modelTypes[type].id,
          communeID: data.communes[commune].id,
          residentialAreaID: area.map { data.residentialAreas[$0].id },
          name: name ?? joined(desc.modelTypes[type], " – ", place), startYear: start,
          retiredYear: life.end.map { years[$0] }))
    }
    exemplars(featured: featured, communes: communes)
    appraisals()
  }

  /// Exemplars sit on sites that never retire: the featured ones first, then commune anchors.
  private mutating func exemplars(featured: Int, communes: Int) {
    let plan = Lifetimes.plan(
      targets: desc.years.map(\.exemplars), endPerMille: 40,
      anchors: [featured] + desc.years.dropFirst().map { _ in 0 }, rng: &rng)
    let others = rng.sample(plan.count - featured, of: communes).map { $0 + featured }
    let sites = Array(0..<featured) + others
    for (i, life) in plan.enumerated() {
      let site = data.modelSites[sites[i]]
      let year = life.start == 0 ? rng.int(in: site.startYear...years[0]) : years[life.start]
      data.exemplars.append(
        Exemplar(
          id: ident("E", i + 1, width: 3), siteID: site.id, name: site.name, year: year,
          withdrawnYear: life.end.map { years[$0] }))
    }
  }

  /// Each year: the target number appraised effective, plus a few that were not.
  private mutating func appraisals() {
    for (k, target) in desc.years.enumerated() {
      let year = target.year
      let running = data.modelSites.indices.filter { data.modelSites[$0].runs(in: year) }
      let notEffective = target.modelsAppraised / 12
      let proposeRetire = 2
      let total = target.modelsAppraised + notEffective + proposeRetire
      let picks = rng.sample(total, of: running.count)
      for (j, pick) in picks.enumerated() {
        let result: ModelAppraisal.Result =
          j < target.modelsAppraised
          ? .effective : j < target.modelsAppraised + notEffective ? .notEffective : .proposeRetire
        data.appraisals.append(
          ModelAppraisal(
            id: ident("T\(year % 100)-", j + 1, width: 4),
            siteID: data.modelSites[running[pick]].id,
            year: year, result: result, decisionNumber: "\(300 + k * 41)/QĐ-CAT"))
      }
    }
  }
}
