import Foundation
import Testing

/// `antq report --format markdown`: the province's report as it writes it, with the year's
/// numbers and the change against the year before, in Markdown pandoc converts.
@Suite struct MarkdownReportTests {
  @Test func theDemoReadsLikeTheSeedReportWithItsFigures() throws {
    let output = try BuiltBinary.run(["report", "--demo", "--format", "markdown"])
    #expect(output.status == 0, "\(output.stderr)")
    let text = output.stdout
    // The seed report's sentences, with the demo's (= the seed's) numbers in them.
    for phrase in [
      "duy trì hiệu quả 38 loại mô hình với 33.104 điểm và 75 điển hình tiên tiến",
      "ghi nhận 117 mô hình", "5.049 tổ bảo vệ ANTT ở cơ sở với 15.428 thành viên",
      "cung cấp 3.814 tin báo, hỗ trợ giải quyết 1.634 vụ việc",
      "1.872 lượt tuyên truyền", "4.885 lượt tuần tra Nhân dân", "8.478 lượt hướng dẫn phân luồng",
      "đầu thú 19 đối tượng truy nã", "5.129 / 5.400 (94,98 %) khu dân cư",
      "128 / 148 (86,48 %) xã, phường", "84 / 133 (63,15 %) xã đạt chuẩn nông thôn mới",
      "525 khu dân cư đạt chuẩn nông thôn mới kiểu mẫu",
      "Camera an ninh xã Chí Đám (66 mắt camera) (Chí Đám)",
    ] {
      #expect(text.contains(phrase), "missing: \(phrase)")
    }
    #expect(text.contains("| Điểm mô hình | 33.104 | 30.218 | tăng 9,55 % |"))
    // Every table row has as many cells as its header.
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("|") }
    #expect(rows.count > 20)
    #expect(Set(rows.map { $0.filter { $0 == "|" }.count }) == [5])
    #expect(text.split(separator: "\n").filter { $0.hasPrefix("## ") }.count == 5)
  }

  @Test func pandocConvertsItToATableDocument() throws {
    let pandoc = Spawn.which("pandoc")
    guard access(pandoc, X_OK) == 0 else {
      print("pandoc is not installed: conversion not checked")
      return
    }
    let folder = try TemporaryFolder()
    let file = folder.child("report.md")
    let output = try BuiltBinary.run(["report", "--demo", "--format", "markdown", "--lang", "en"])
    try output.stdout.write(to: file, atomically: true, encoding: .utf8)
    let html = try Spawn.run(
      pandoc, ["-f", "markdown", "-t", "html", file.path], environment: Spawn.environment())
    let page = String(decoding: html.stdout, as: UTF8.self)
    #expect(html.status == 0)
    #expect(page.components(separatedBy: "<table").count == 6, "five tables")
    #expect(page.contains("<h2"))
  }
}
