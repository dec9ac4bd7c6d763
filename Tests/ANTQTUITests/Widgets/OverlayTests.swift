import ANTQCore
import ANTQTUI
import Testing

@Suite struct HelpOverlayTests {
  /// At 100 columns the form's help takes two columns, readline's keys among them.
  @Test func formHelpListsOnlyFormEditingAndGeneralCommandsInTwoColumns() {
    let canvas = GridCanvas(rows: 30, columns: 100)
    HelpOverlay(scope: .form, catalog: CatalogFixture.en).draw(into: canvas)
    #expect(
      Array(canvas.lines[5...23]) == [
        "      ┌─ Help: keys ────────────────────────────────────────────────────────────────────────┐",
        "      │ Moving around                              Editing text                             │",
        "      │   ↑              Up one row                  ← Ctrl-B       Back one character      │",
        "      │   ↓              Down one row                → Ctrl-F       Forward one character   │",
        "      │   Click          Select a row or field       Alt-B          Back one word           │",
        "      │   Wheel↑         Scroll up                   Alt-F          Forward one word        │",
        "      │   Wheel↓         Scroll down                 Home Ctrl-A    Start of line           │",
        "      │                                              End Ctrl-E     End of line             │",
        "      │ Forms                                        Backspace      Delete character before │",
        "      │   F2 Ctrl-S      Save                        Delete Ctrl-D  Delete character after  │",
        "      │   Tab Enter      Next field                  Ctrl-W         Delete the word before  │",
        "      │   Shift-Tab      Previous field              Ctrl-K         Delete to end of line   │",
        "      │                                              Ctrl-U         Delete to start of line │",
        "      │                                                                                     │",
        "      │                                            General                                  │",
        "      │                                              F1             Help                    │",
        "      │                                              Esc            Back                    │",
        "      │                                                                          Esc: close │",
        "      └─────────────────────────────────────────────────────────────────────────────────────┘",
      ])
    #expect(canvas.lines[4] == "" && canvas.lines[24] == "")
  }

  /// At 80 columns two columns do not fit: one column that scrolls.
  @Test func formHelpAt80ScrollsInOneColumn() {
    let canvas = GridCanvas(rows: 24, columns: 80)
    var overlay = HelpOverlay(scope: .form, catalog: CatalogFixture.en)
    overlay.draw(into: canvas)
    #expect(canvas.lines[2].hasPrefix("                  │ Moving around"))
    #expect(canvas.screen.contains("scroll · Esc: close"))
    _ = overlay.apply(.end, on: canvas)
    canvas.clear()
    overlay.draw(into: canvas)
    #expect(canvas.lines.contains { $0.contains("   Ctrl-K         Delete to end of line") })
    #expect(canvas.lines.contains { $0.contains("   Esc            Back") })
  }

  @Test func listHelpIsGeneratedFromTheTableAndScrolls() {
    let canvas = GridCanvas(rows: 24, columns: 80)
    var overlay = HelpOverlay(scope: .list, catalog: CatalogFixture.vi)
    // Every list command appears once (the nine screen jumps as "1…9").
    let entries = overlay.sections.flatMap(\.entries)
    #expect(entries.count == CommandTable.standard.commands(in: .list).count - 8)
    overlay.draw(into: canvas)
    #expect(
      Array(canvas.lines[1...5]) == [
        "               ┌─ Trợ giúp: các phím ──────────────────────────┐",
        "               │ Màn hình                                      │",
        "               │   1…9            Chuyển sang màn hình theo số │",
        "               │   Tab            Màn hình tiếp theo           │",
        "               │   Shift-Tab      Màn hình trước               │",
      ])
    #expect(canvas.lines[21] == "               │                ↑↓ PgUp PgDn: cuộn · Esc: đóng │")
    #expect(!canvas.screen.contains("Thoát"))

    let moved = overlay.apply(.end, on: canvas)
    #expect(moved)
    canvas.clear()
    overlay.draw(into: canvas)
    #expect(canvas.lines[20] == "               │   q F10          Thoát                        │")
    #expect(!canvas.screen.contains("Màn hình tiếp theo"))
    #expect(overlay.scroll == overlay.lines.count - overlay.visibleRows(on: canvas))
  }
}

@Suite struct DialogTests {
  @Test func confirmDialogWrapsTheQuestionAndShowsItsKeys() {
    let canvas = GridCanvas(rows: 24, columns: 80)
    ConfirmDialog(
      title: "Xóa bản ghi",
      question:
        "Xóa tổ bảo vệ an ninh, trật tự Thôn Đông, xã Đồng Lương? Không thể hoàn tác sau khi lưu.",
      catalog: CatalogFixture.vi
    ).draw(into: canvas)
    #expect(
      Array(canvas.lines[9...14]) == [
        "          ┌─ Xóa bản ghi ────────────────────────────────────────────┐",
        "          │ Xóa tổ bảo vệ an ninh, trật tự Thôn Đông, xã Đồng Lương? │",
        "          │ Không thể hoàn tác sau khi lưu.                          │",
        "          │                                                          │",
        "          │                           Enter/y: đồng ý · Esc/n: không │",
        "          └──────────────────────────────────────────────────────────┘",
      ])
  }

  @Test func confirmAnswers() {
    #expect(ConfirmDialog.answer(for: .text("y")) == true)
    #expect(ConfirmDialog.answer(for: .enter) == true)
    #expect(ConfirmDialog.answer(for: .text("n")) == false)
    #expect(ConfirmDialog.answer(for: .escape) == false)
    #expect(ConfirmDialog.answer(for: .text("d")) == nil)
  }

  @Test func messageBoxClosesWithEnter() {
    let canvas = GridCanvas(rows: 24, columns: 80)
    MessageBox(title: "Đã lưu", message: "Đã lưu 3 bản ghi.", catalog: CatalogFixture.vi)
      .draw(into: canvas)
    #expect(
      Array(canvas.lines[9...13]) == [
        "                             ┌─ Đã lưu ──────────┐",
        "                             │ Đã lưu 3 bản ghi. │",
        "                             │                   │",
        "                             │       Enter: đóng │",
        "                             └───────────────────┘",
      ])
  }

  @Test func tooSmallNoticeSaysWhatIsNeeded() {
    let canvas = GridCanvas(rows: 20, columns: 60)
    #expect(TooSmallNotice.isTooSmall(canvas))
    #expect(!TooSmallNotice.isTooSmall(GridCanvas(rows: 24, columns: 80)))
    TooSmallNotice.draw(into: canvas, catalog: CatalogFixture.vi)
    #expect(
      Array(canvas.lines[8...11]) == [
        "",
        " Cửa sổ quá nhỏ: cần 80×24, hiện có 60×20. Hãy phóng to cửa",
        "                            sổ.",
        "",
      ])
    #expect(
      TooSmallNotice.text(columns: 70, rows: 20, catalog: CatalogFixture.en)
        == "Terminal too small: need 80×24, have 70×20. Please enlarge the window.")
  }
}
