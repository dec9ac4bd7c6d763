import ANTQCore

extension Form {
  /// The commune picked in the "commune" field, if any.
  var pickedCommuneID: String? { self["commune"].picked.value?.first?.id }

  /// Makes the residential-area pick-list in `field` offer the picked commune's areas
  /// (one area, or several with `multiple`).
  mutating func offerAreasOfPickedCommune(in field: String, _ data: ProvinceData, multiple: Bool) {
    self[field].kind = .pick(
      FormOptions.areas(data, commune: pickedCommuneID, multiple: multiple))
  }
}
