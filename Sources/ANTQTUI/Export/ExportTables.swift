import ANTQCore

/// The tables `antq export TABLE` writes, by their names (a contract: scripts use them), each
/// the same list, with the same columns, rows and default sort, as the console shows.
public enum ExportTables {
  public static let names = [
    "communes", "areas", "institutions", "teams", "members", "model-types", "sites", "patrols",
    "tips", "outreach", "traffic", "incidents", "wanted",
  ]

  /// The list named `name` for the context's year, narrowed by `filter` as `/` does on screen;
  /// nil for an unknown name.
  public static func table(_ name: String, context: AppContext, filter: String = "")
    -> ExportTable?
  {
    guard var screen = screen(name) else { return nil }
    screen.refresh(context)
    if !filter.isEmpty { screen.setFilter(filter, context: context) }
    return screen.exportTable(context)
  }

  static func screen(_ name: String) -> (any Screen)? {
    switch name {
    case "communes": return CommunesScreen.make()
    case "areas": return CommuneSections.allAreas()
    case "institutions": return CommuneSections.allInstitutions()
    case "teams": return TeamsScreen.teams()
    case "members": return MembersList.all()
    case "model-types": return ModelsScreen.types()
    case "sites": return ModelsScreen.allSites()
    case "patrols": return PatrolsScreen.make()
    case "tips": return TipsScreen.make()
    case "outreach": return ActivityLists.outreach(EntrySession())
    case "traffic": return ActivityLists.traffic(EntrySession())
    case "incidents": return ActivityLists.incidents(EntrySession())
    case "wanted": return ActivityLists.wanted(EntrySession())
    default: return nil
    }
  }
}
