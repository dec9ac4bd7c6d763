extension ProvinceData {
  /// The province as a clerk's exports carry it: the commune work (logs, tips, teams,
  /// members, model sites) of their own communes only; the registers and figures whole.
  /// Everyone else gets the province as it is.
  public func narrowed(for user: User?) -> ProvinceData {
    guard let user, user.role == .clerk else { return self }
    let own = Set(user.communeIDs)
    var data = self
    data.patrols.removeAll { !own.contains($0.communeID) }
    data.tips.removeAll { !own.contains($0.communeID) }
    data.incidents.removeAll { !own.contains($0.communeID) }
    data.outreach.removeAll { !own.contains($0.communeID) }
    data.trafficDuties.removeAll { !own.contains($0.communeID) }
    data.wantedCases.removeAll { !own.contains($0.communeID) }
    data.managedPeople.removeAll { !own.contains($0.communeID) }
    data.educationFiles.removeAll { !own.contains($0.communeID) }
    data.rescues.removeAll { !own.contains($0.communeID) }
    data.modelSites.removeAll { !own.contains($0.communeID) }
    data.teams.removeAll { !own.contains($0.communeID) }
    let teams = Set(data.teams.map(\.id))
    data.members.removeAll { !teams.contains($0.teamID) }
    let tips = Set(data.tips.map(\.id))
    data.reveals.removeAll { !tips.contains($0.tipID) }
    return data
  }
}
