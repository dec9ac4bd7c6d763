import ANTQCore
import ANTQTUI
import Testing

@Suite struct ConsoleExportTests {
  private func request(_ effects: [Effect]) -> ExportRequest? {
    for case .export(let request) in effects { return request }
    return nil
  }

  @Test func xExportsTheListAsSeenWithItsFilterAndSort() throws {
    var (app, canvas) = AppFixture.app(.en)
    app.press(.text("2"), .text(">"), .text(">"), .text("s"), on: canvas)  // by safety, flipped
    app.press(.text("/"), on: canvas)
    app.type("an", on: canvas)
    app.press(.enter, on: canvas)
    let shown = canvas.lines.last!
    let exported = try #require(request(app.press(.text("x"), on: canvas)))
    let lines = String(decoding: exported.bytes, as: UTF8.self).components(separatedBy: "\r\n")
      .filter { !$0.isEmpty }
    #expect(shown.hasPrefix("\(exported.rows) records"), "\(shown)")
    #expect(lines.count == exported.rows + 1)
    #expect(lines[0].hasPrefix("Name,Kind,Safety,"))
    #expect(exported.fileName.hasPrefix("communes-2025-") && exported.fileName.hasSuffix(".csv"))
    // The rows in the order on screen: the first row drawn is the first row written.
    let firstDrawn = canvas.lines[3].split(separator: " ").first.map(String.init) ?? ""
    #expect(lines[1].hasPrefix(firstDrawn), "\(canvas.lines[3]) / \(lines[1])")
  }

  @Test func theStatusBarSaysTheFileAndTheRowsOrWhyNot() {
    var (app, canvas) = AppFixture.app(.en)
    app.press(.text("5"), on: canvas)
    _ = app.update(.exported(path: "/home/clerk/patrols-2025.csv", rows: 4_885), on: canvas)
    app.draw(on: canvas)
    #expect(canvas.lines.last!.contains("Exported 4,885 rows to /home/clerk/patrols-2025.csv."))
    _ = app.update(.exportFailed("cannot write /nowhere: No such file or directory"), on: canvas)
    app.draw(on: canvas)
    #expect(canvas.lines.last!.contains("Nothing exported: cannot write /nowhere"))
  }

  @Test func helpListsTheExportKeyOnListsOnly() {
    var (app, canvas) = AppFixture.app(.en)
    #expect(app.press(.text("x"), on: canvas).isEmpty, "the dashboard has no list")
    app.press(.text("2"), .text("?"), on: canvas)
    app.press(.end, on: canvas)
    #expect(canvas.lines.contains { $0.contains("│   x") && $0.contains("Export") })
  }
}
