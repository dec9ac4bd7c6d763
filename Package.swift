// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "antq",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "antq", targets: ["antq"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
  ],
  targets: [
    .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
    .target(name: "ANTQCore"),
    .target(
      name: "ANTQStore",
      dependencies: [
        "ANTQCore", "SwiftCSV", .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(
      name: "ANTQSecurity",
      dependencies: [
        "ANTQCore",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "CryptoExtras", package: "swift-crypto"),
      ]),
    .target(name: "ANTQTUI", dependencies: ["ANTQCore", "CNcursesw"]),
    .executableTarget(
      name: "antq",
      dependencies: [
        "ANTQCore", "ANTQStore", "ANTQTUI", "ANTQSecurity",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      resources: [.copy("../../assets")]
    ),
    .executableTarget(
      name: "antq-bench", dependencies: ["ANTQCore", "ANTQStore", "ANTQTUI", "ANTQSecurity"]),
    .testTarget(name: "ANTQCoreTests", dependencies: ["ANTQCore"]),
    .testTarget(
      name: "ANTQStoreTests", dependencies: ["ANTQStore"], exclude: ["JSONTestSuite"]),
    .testTarget(name: "ANTQSecurityTests", dependencies: ["ANTQSecurity"]),
    .testTarget(name: "ANTQTUITests", dependencies: ["ANTQTUI", "ANTQStore"]),
    .testTarget(name: "EndToEndTests", dependencies: ["ANTQCore", "ANTQStore", "ANTQSecurity"]),
  ]
)
