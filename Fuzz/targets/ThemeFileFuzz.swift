/// libFuzzer target: theme files. Any bytes parse to a theme file and a list of errors (never a
/// crash), every error names the file, and resolving over the built-in default always gives a
/// complete theme, so a broken user theme can never leave the interface without colours.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let path = "/themes/fuzz.toml"
    let (file, errors) = ThemeFile.parse(text, file: path)
    for error in errors {
        check(error.file == path, "error without its file: \(error)")
        check(error.description.hasPrefix(path), "message does not start with the file: \(error)")
    }
    _ = ThemeResolver.resolve(chain: [file], name: "fuzz")
    return 0
}
