import ANTQCore
import ANTQTUI
import Testing

@Suite struct PromptLineTests {
  func type(_ text: String, into prompt: inout PromptLine) {
    for character in text { _ = prompt.handle(.text(character)) }
  }

  @Test func editingVietnameseText() {
    var prompt = PromptLine(prefix: "/")
    type("Đồng Lương", into: &prompt)
    #expect(prompt.text == "Đồng Lương")
    #expect(prompt.cursor == 10)
    _ = prompt.handle(.home)
    for _ in 0..<4 { _ = prompt.handle(.right) }
    _ = prompt.handle(.backspace)
    #expect(prompt.text == "Đồn Lương")
    _ = prompt.handle(.delete)
    #expect(prompt.text == "ĐồnLương")
    #expect(prompt.cursor == 3)
    _ = prompt.handle(.control("e"))
    _ = prompt.handle(.left)
    _ = prompt.handle(.text("?"))  // typed text, not the help key
    #expect(prompt.text == "ĐồnLươn?g")
    _ = prompt.handle(.control("a"))
    #expect(prompt.cursor == 0)
    _ = prompt.handle(.backspace)
    #expect(prompt.text == "ĐồnLươn?g")
  }

  @Test func combiningMarksJoinTheLetterAndAreStoredNFC() {
    var prompt = PromptLine(prefix: "/")
    type("Tho", into: &prompt)
    _ = prompt.handle(.text("\u{0302}"))
    _ = prompt.handle(.text("n"))
    #expect(prompt.text.unicodeScalars.elementsEqual("Thôn".unicodeScalars))
    #expect(prompt.cursor == 4)
  }

  @Test func tabCyclesThroughMatchingCommandNames() {
    var prompt = PromptLine(prefix: ":", completions: CommandTable.standard.promptNames())
    type("s", into: &prompt)
    _ = prompt.handle(.tab)
    #expect(prompt.text == "screen-1")
    _ = prompt.handle(.tab)
    #expect(prompt.text == "screen-2")
    _ = prompt.handle(.backTab)
    #expect(prompt.text == "screen-1")
    _ = prompt.handle(.control("a"))
    for _ in 0..<8 { _ = prompt.handle(.delete) }
    type("qu", into: &prompt)
    _ = prompt.handle(.tab)
    #expect(prompt.text == "quit")
    #expect(prompt.cursor == 4)
    #expect(prompt.handle(.enter) == .submit("quit"))
    #expect(CommandTable.standard.command(named: prompt.text) == .quit)
    #expect(prompt.handle(.function(1)) == .command(.help))
    #expect(prompt.handle(.escape) == .cancel)
  }

  @Test func noMatchLeavesTheTextAlone() {
    var prompt = PromptLine(prefix: ":", completions: ["quit", "help"])
    type("xyz", into: &prompt)
    _ = prompt.handle(.tab)
    #expect(prompt.text == "xyz")
  }

  @Test func longTextScrollsToKeepTheCursorVisible() {
    let canvas = GridCanvas(rows: 1, columns: 20)
    var prompt = PromptLine(prefix: "/", text: "Tổ bảo vệ an ninh trật tự Thôn Đông")
    let end = prompt.draw(row: 0, width: 20, into: canvas)
    #expect(canvas.lines == ["/ trật tự Thôn Đông"])
    #expect(end == 19)
    #expect(canvas.style(row: 0, column: 19) == .selected)

    _ = prompt.handle(.home)
    canvas.clear()
    let start = prompt.draw(row: 0, width: 20, into: canvas)
    #expect(canvas.lines == ["/Tổ bảo vệ an ninh t"])
    #expect(start == 1)
    #expect(canvas.style(row: 0, column: 1) == .selected)
    #expect(canvas.style(row: 0, column: 2) == .plain)
  }

  @Test func wideCharactersScrollByTheirWidth() {
    let canvas = GridCanvas(rows: 1, columns: 8)
    let prompt = PromptLine(prefix: ":", text: "中文字体")
    prompt.draw(row: 0, width: 8, into: canvas)
    #expect(canvas.lines == [":文字体"])
  }
}
