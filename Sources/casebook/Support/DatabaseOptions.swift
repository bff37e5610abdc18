import ArgumentParser

/// `--db PATH`, shared by every command that reads or writes a caseload.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file. Default: $CASEBOOK_DB, else $XDG_DATA_HOME/casebook/casebook.sqlite (~/.local/share/casebook/).",
        valueName: "path"))
    var db: String?
}
