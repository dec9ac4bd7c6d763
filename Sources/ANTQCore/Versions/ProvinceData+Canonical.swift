extension ProvinceData {
  /// The same records with every collection ordered by id: two folders holding the same
  /// changes hold the same canonical data, whatever order the changes came in.
  public var canonical: ProvinceData {
    var copy = self
    copy.communes.sort { $0.id < $1.id }
    copy.residentialAreas.sort { $0.id < $1.id }
    copy.institutions.sort { $0.id < $1.id }
    copy.assessments.sort { $0.id < $1.id }
    copy.newRural.sort { $0.id < $1.id }
    copy.modelTypes.sort { $0.id < $1.id }
    copy.modelSites.sort { $0.id < $1.id }
    copy.appraisals.sort { $0.id < $1.id }
    copy.exemplars.sort { $0.id < $1.id }
    copy.teams.sort { $0.id < $1.id }
    copy.members.sort { $0.id < $1.id }
    copy.patrols.sort { $0.id < $1.id }
    copy.tips.sort { $0.id < $1.id }
    copy.incidents.sort { $0.id < $1.id }
    copy.outreach.sort { $0.id < $1.id }
    copy.trafficDuties.sort { $0.id < $1.id }
    copy.wantedCases.sort { $0.id < $1.id }
    return copy
  }
}
