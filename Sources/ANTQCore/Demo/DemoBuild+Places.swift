extension DemoBuild {
  /// Communes, their residential areas and institutions (registers without dates).
  mutating func places() {
    buildNamePools()
    for (i, entry) in desc.communes.enumerated() {
      data.communes.append(
        Commune(
          id: ident("X", i + 1, width: 3), name: entry.name, kind: entry.kind,
          remote: entry.remote ?? false))
    }
    communeLabels = data.communes.map { joined($0.kind.word, " ", $0.name) }
    let weights = data.communes.map { _ in rng.int(in: 70...130) }
    let areaCounts = Split.distribute(
      desc.registers.residentialAreas, weights: weights, minimum: 12)
    communeWeights = Split.runningSums(areaCounts)
    let pool = desc.names.areas
    for (c, commune) in data.communes.enumerated() {
      let offset = rng.below(pool.count)
      var indices: [Int] = []
      for j in 0..<areaCounts[c] {
        let kind = areaKind(commune)
        var name = kind.word + " " + pool[(offset + j) % pool.count]
        if j >= pool.count { name += " \(j / pool.count + 1)" }
        indices.append(data.residentialAreas.count)
        data.residentialAreas.append(
          ResidentialArea(
            id: ident("K", data.residentialAreas.count + 1), communeID: commune.id, name: name,
            kind: kind))
      }
      areasOf.append(indices)
    }
    for featured in desc.featuredSites {
      guard let areaName = featured.area else { continue }
      let area = areasOf[communeIndex(named: featured.commune)][0]
      let kind = featured.areaKind ?? .khu
      data.residentialAreas[area].kind = kind
      data.residentialAreas[area].name = kind.word + " " + areaName
    }
    institutions()
  }

  private mutating func areaKind(_ commune: Commune) -> ResidentialArea.Kind {
    switch commune.kind {
    case .phuong: return .toDanPho
    case .xa, .dacKhu:
      if commune.remote { return rng.chance(perMille: 600) ? .ban : .thon }
      return rng.chance(perMille: 120) ? .khu : .thon
    }
  }

  private mutating func institutions() {
    let n = desc.names
    let r = desc.registers
    let even = data.communes.map { _ in 1 }
    add(.agency, Split.distribute(r.agencies, weights: even, minimum: 1), n.agencies)
    add(.enterprise, Split.distribute(r.enterprises, weights: even), n.enterprises)
    add(.school, Split.distribute(r.schools, weights: even, minimum: 3), n.schools)
  }

  private mutating func add(_ kind: Institution.Kind, _ counts: [Int], _ prefixes: [String]) {
    for (c, commune) in data.communes.enumerated() {
      let place = commune.kind.word + " " + commune.name
      for j in 0..<counts[c] {
        let prefix = prefixes[j % prefixes.count]
        var name = kind == .enterprise ? prefix + " " + commune.name : prefix + " " + place
        if j >= prefixes.count { name += " số \(j / prefixes.count + 1)" }
        data.institutions.append(
          Institution(
            id: ident("I", data.institutions.count + 1, width: 4), communeID: commune.id,
            name: name, kind: kind))
      }
    }
  }
}
