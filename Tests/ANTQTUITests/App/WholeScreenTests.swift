import ANTQCore
import ANTQTUI
import Testing

/// Every screen whole at 80×24 in both languages: the tab bar cuts no word (the other
/// screens take short titles), column headers, hints and form labels are whole.
@Suite(.serialized) @MainActor struct WholeScreenTests {
  /// Rows 1 (tabs), 2 and 3 (headers or first lines) and 23 (status) of screens 1…7.
  static let expected: [Language: [[String]]] = [
    .vi: [
      [
        " 1 Tổng quan  2 Xã  3 Mô hình  4 Tổ  5 Tuần tra  6 Tin báo  7 Hoạt động",
        "",
        " Đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"    Mô hình, điển hình",
        "Số liệu năm 2025, đếm từ từng bản ghi             ? Trợ giúp  q Thoát  : Gõ lệnh",
      ],
      [
        " 1 Tổng quan  2 Xã, phường  3 Mô hình  4 Tổ  5 Tuần tra  6 Tin báo  7 Hoạt động",
        "Tên ▲          Loại    An toàn        KDC đạt CQ,DN đạt Trường đạt  NTM  Quá hạn",
        "An Cường       Xã      đạt              33/39       4/4        4/4  đạt        0",
        "148 bản ghi                       ? Trợ giúp  q Thoát  / Lọc  Enter Xem chi tiết",
      ],
      [
        " 1 Tổng quan  2 Xã  3 Mô hình  4 Tổ  5 Tuần tra  6 Tin báo  7 Hoạt động",
        "Tên                                   Điểm ▼      Số xã  Điển hình   Hiệu quả/TĐ",
        "Giúp đỡ người chấp hành xong án ph…      972        148          2           3/3",
        "38 bản ghi     ? Trợ giúp  q Thoát  / Lọc  Enter Xem chi tiết  n Thêm mới  e Sửa",
      ],
      [
        " 1 Tổng quan  2 Xã  3 Mô hình  4 Tổ bảo vệ  5 Tuần tra  6 Tin báo  7 Hoạt động",
        "Tên                      Xã, phường ▲         KDC  T.viên Tổ trưởng",
        "Tổ bảo vệ ANTT Thôn Sôn… An Cường               2       3 Phạm Xuân Khoa",
        "5.049 bản ghi  ? Trợ giúp  q Thoát  / Lọc  Enter Xem chi tiết  n Thêm mới  e Sửa",
      ],
      [
        " 1 Tổng quan  2 Xã  3 Mô hình  4 Tổ  5 Tuần tra  6 Tin báo  7 Hoạt động",
        "Ngày ▼     Ca          Xã, phường         Tuyến                            Người",
        "30/12/2025 21:50–00:09 Minh Trì           Đường vào khu công nghiệp            4",
        "5.373 bản ghi               ? Trợ giúp  q Thoát  / Lọc  n Thêm mới  e Sửa  d Xóa",
      ],
      [
        " 1 Tổng quan  2 Xã  3 Mô hình  4 Tổ  5 Tuần tra  6 Tin báo  7 Hoạt động",
        "Tiếp nhận ▼      Xã, phường  Nội dung     Mức độ    Tình trạng       Quá hạn",
        "31/12/2025 17:56 Hòa Khê     Đánh bạc     thường    phân loại",
        "4.237 bản ghi  ? Trợ giúp  q Thoát  / Lọc  Enter Xem chi tiết  n Thêm mới  e Sửa",
      ],
      [
        " 1 Tổng quan  2 Xã  3 Mô hình  4 Tổ  5 Tuần tra  6 Tin báo  7 Hoạt động",
        "  Tuyên truyền  Giao thông  Vụ việc  Cứu nạn  Giáo dục  Chấp hành án  Truy nã",
        "Ngày ▼     Xã, phường              Nội dung                             Người dự",
        "Tuyên truyền · 2.184 bản ghi       ? Trợ giúp  q Thoát  / Lọc  n Thêm mới  e Sửa",
      ],
    ],
    .en: [
      [
        " 1 Overview  2 Communes  3 Models  4 Teams  5 Patrols  6 Tips  7 Activities",
        "",
        " Safe for security and order (standard)          Models and exemplars",
        "Figures for 2025, counted from individual records                 ? Help  q Quit",
      ],
      [
        " 1 Overview  2 Communes  3 Models  4 Teams  5 Patrols  6 Tips  7 Activities",
        "Name ▲         Kind    Safety           Areas  Agencies    Schools  NR   Overdue",
        "An Cường       Commune met              33/39       4/4        4/4  yes        0",
        "148 records          ? Help  q Quit  / Filter  Enter Open  > Sort by next column",
      ],
      [
        " 1 Overview  2 Communes  3 Models  4 Teams  5 Patrols  6 Tips  7 Activities",
        "Name                                 Sites ▼   Communes  Exemplars     Effective",
        "Giúp đỡ người chấp hành xong án ph…      972        148          2           3/3",
        "38 records                   ? Help  q Quit  / Filter  Enter Open  n New  e Edit",
      ],
      [
        " 1 Overview  2 Communes  3 Models  4 Teams  5 Patrols  6 Tips  7 Activities",
        "Name                     Commune ▲          Areas Members Leader",
        "Tổ bảo vệ ANTT Thôn Sôn… An Cường               2       3 Phạm Xuân Khoa",
        "5,049 records                ? Help  q Quit  / Filter  Enter Open  n New  e Edit",
      ],
      [
        " 1 Overview  2 Communes  3 Models  4 Teams  5 Patrols  6 Tips  7 Activities",
        "Date ▼     Shift       Commune            Route                           People",
        "30/12/2025 21:50–00:09 Minh Trì           Đường vào khu công nghiệp            4",
        "5,373 records                  ? Help  q Quit  / Filter  n New  e Edit  d Delete",
      ],
      [
        " 1 Overview  2 Communes  3 Models  4 Teams  5 Patrols  6 Tips  7 Activities",
        "Received ▼       Commune     Topic        Urgency   Stage            Overdue",
        "31/12/2025 17:56 Hòa Khê     Đánh bạc     normal    classified",
        "4,237 records      ? Help  q Quit  / Filter  Enter Open  n New  e Edit  d Delete",
      ],
      [
        " 1 Overview  2 Communes  3 Models  4 Teams  5 Patrols  6 Tips  7 Activities",
        "  Outreach  Traffic  Incidents  Rescues  Education  Sentences  Wanted",
        "Date ▼     Commune                 Topic                                Attended",
        "Outreach · 2,184 records       ? Help  q Quit  / Filter  n New  e Edit  d Delete",
      ],
    ],
  ]

  @Test(arguments: [Language.vi, .en]) func everyScreenAt80x24(_ language: Language) {
    var (app, canvas) = AppFixture.app(language, columns: 80, rows: 24)
    for (index, rows) in Self.expected[language]!.enumerated() {
      app.press(.text(Character(String(index + 1))), on: canvas)
      #expect([1, 2, 3, 23].map { canvas.lines[$0] } == rows, "screen \(index + 1)")
      #expect(!canvas.lines[1].contains("…") && !canvas.lines[23].contains("…"))
    }
  }

  @Test func thePatrolFormAt80x24() {
    let expected: [Language: [String]] = [
      .vi: [
        " ANTQ Console · Tỉnh Minh Họa (dữ liệu minh họa)                   [ Năm 2025 ]",
        " 1 Tổng quan  2 Xã  3 Mô hình  4 Tổ  5 Tuần tra  6 Tin báo  7 Hoạt động",
        " Tuần tra mới",
        "▸ Ngày              29/11/2026",
        "  Bắt đầu           21:50",
        "  Kết thúc          00:09+1",
        "  Xã, phường        Minh Trì",
        "  Tổ bảo vệ ANTT    Tổ bảo vệ ANTT Thôn Hùng Vương",
        "  Khu dân cư        Thôn Hùng Vương",
        "  Tuyến tuần tra    Đường vào khu công nghiệp",
        "  Công an (người)   0",
        "  Dân quân (người)  0",
        "  Tổ viên (người)   0",
        "  Phát hiện",
        "",
        "  Tin báo thu được  0",
        "  Ghi chú",
        "",
        "",
        "",
        "",
        "",
        " Ngày: 29/11/2026, 29/11, hôm nay, hôm qua (không cần dấu). F2 lưu, Esc hủy.",
        "                                            F1 Trợ giúp  F2 Lưu  Tab Ô tiếp theo",
      ],
      .en: [
        " ANTQ Console · Tỉnh Minh Họa (illustrative data)                 [ Year 2025 ]",
        " 1 Overview  2 Communes  3 Models  4 Teams  5 Patrols  6 Tips  7 Activities",
        " New patrol",
        "▸ Date               29/11/2026",
        "  Start              21:50",
        "  End                00:09+1",
        "  Commune            Minh Trì",
        "  Security team      Tổ bảo vệ ANTT Thôn Hùng Vương",
        "  Residential areas  Thôn Hùng Vương",
        "  Route              Đường vào khu công nghiệp",
        "  Police (people)    0",
        "  Militia (people)   0",
        "  Team members       0",
        "  Findings",
        "",
        "  Tips collected     0",
        "  Notes",
        "",
        "",
        "",
        "",
        " Date: 29/11/2026, 29/11, today, yesterday (hôm nay, hôm qua). F2 save, Esc",
        " cancel.",
        "                                                F1 Help  F2 Save  Tab Next field",
      ],
    ]
    for language in [Language.vi, .en] {
      var (app, canvas) = AppFixture.app(language, columns: 80, rows: 24)
      app.press(.text("5"), .text("n"), on: canvas)
      #expect(canvas.lines == expected[language]!, "\(language)")
    }
  }

  @Test func theTipFormAt80x24ShowsWhatItHidesOfAChoice() {
    let expected: [Language: [String]] = [
      .vi: [
        " ANTQ Console · Tỉnh Minh Họa (dữ liệu minh họa)                   [ Năm 2025 ]",
        " 1 Tổng quan  2 Xã  3 Mô hình  4 Tổ  5 Tuần tra  6 Tin báo  7 Hoạt động",
        " Tiếp nhận tin báo                                                          ▼",
        "  Ngày tiếp nhận    29/11/2026",
        "  Giờ tiếp nhận     12:00",
        "  Hình thức          trực tiếp   điện thoại   thư   hòm thư   trực tuyến",
        "▸ Loại tin           tố giác   tin báo   kiến nghị khởi tố   phản ánh ANTT  ›",
        "  Nội dung chính",
        "  Mức độ             thường   khẩn   rất khẩn",
        "  Ngày xảy ra",
        "  Giờ xảy ra",
        "  Xã, phường        Hòa Khê",
        "  Khu dân cư",
        "  Tóm tắt",
        "",
        "",
        "  Người báo          có danh tính   ẩn danh",
        "  Họ tên người báo",
        "  Điện thoại",
        "  Địa chỉ",
        "  Số CCCD/CMND",
        "  Số biên bản",
        " ←/→ hoặc chữ cái đầu để chọn. F2 lưu, Esc hủy.",
        "                                            F1 Trợ giúp  F2 Lưu  Tab Ô tiếp theo",
      ],
      .en: [
        " ANTQ Console · Tỉnh Minh Họa (illustrative data)                 [ Year 2025 ]",
        " 1 Overview  2 Communes  3 Models  4 Teams  5 Patrols  6 Tips  7 Activities",
        " New tip                                                                    ▼",
        "  Received on       29/11/2026",
        "  Received at       12:00",
        "  Channel            in person   phone   letter   tip box   online",
        "▸ Kind               denunciation   crime report  ›",
        "  Topic",
        "  Urgency            normal   urgent   very urgent",
        "  Incident date",
        "  Incident time",
        "  Commune           Hòa Khê",
        "  Residential area",
        "  Summary",
        "",
        "",
        "  Informant          named   anonymous",
        "  Informant's name",
        "  Phone",
        "  Address",
        "  ID number",
        "  Intake no.",
        " ←/→ or the first letter to choose. F2 save, Esc cancel.",
        "                                                F1 Help  F2 Save  Tab Next field",
      ],
    ]
    for language in [Language.vi, .en] {
      let noon = Moment(day: AppFixture.today, hour: 12, minute: 0)!
      var (app, canvas) = AppFixture.app(language, columns: 80, rows: 24, now: noon)
      app.press(.text("6"), .text("n"), .enter, .enter, .enter, on: canvas)
      #expect(canvas.lines == expected[language]!, "\(language)")
    }
  }

  /// At 100×30 and 200×60 the full titles show and every screen's hints end whole.
  @Test(arguments: [(30, 100), (60, 200)]) func largerTerminals(_ size: (rows: Int, columns: Int)) {
    for language in [Language.vi, .en] {
      var (app, canvas) = AppFixture.app(language, columns: size.columns, rows: size.rows)
      let catalog = AppFixture.catalogs[language]!
      let full = ScreenID.tabs.map { " \($0.rawValue) " + catalog[$0.titleKey] }
        .joined(separator: " ")
      for screen in 1...7 {
        app.press(.text(Character(String(screen))), on: canvas)
        #expect(canvas.lines[1] == full, "\(language) \(screen)")
        #expect(!canvas.lines.last!.contains("…"), "\(language) \(screen)")
        app.press(.text("n"), on: canvas)
        #expect(!canvas.screen.contains("…"), "\(language) \(screen) form:\n\(canvas.screen)")
        app.press(.escape, .escape, on: canvas)
      }
    }
  }
}
