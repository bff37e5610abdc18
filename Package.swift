// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Casebook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "casebook", targets: ["casebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // The system ncursesw, seen through a module map whose header asks for the wide API.
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "CasebookCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the few reads that parse a column's bytes in place.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "TerminalKit",
            dependencies: ["CNcursesw", "TOMLKit"]
        ),
        .target(
            name: "CasebookTUI",
            dependencies: ["CasebookCore", "TerminalKit"]
        ),
        .executableTarget(
            name: "casebook",
            dependencies: [
                "CasebookCore", "CasebookTUI", "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CasebookCoreTests", dependencies: ["CasebookCore"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "CNcursesw"]),
        .testTarget(name: "CasebookTUITests", dependencies: ["CasebookTUI", "CasebookCore", "TerminalKit"], exclude: ["Snapshots"]),
        // Runs the built `casebook` binary as a user would: exit codes, stdout, stderr, JSON.
        .testTarget(name: "CasebookCLITests", dependencies: ["CasebookCore"]),
    ],
    swiftLanguageModes: [.v6]
)
