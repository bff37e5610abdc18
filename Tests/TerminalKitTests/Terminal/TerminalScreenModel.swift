import Foundation
@testable import TerminalKit

/// A small model of what a terminal shows after reading bytes: enough of xterm to replay what
/// ncurses sends for a frame (cursor addressing and motion, erasing, repeat, insert/delete
/// character, pending wrap) with characters advanced by the C library's `wcwidth`, as tmux and
/// xterm do. Colours and modes are read and ignored. Tests compare its rows with the buffer,
/// so a glyph that moved the cursor by other columns than the buffer gave it shows up as a
/// shifted or cut row.
struct TerminalScreenModel {
    private(set) var cells: [[String]]
    let columns: Int
    let rows: Int
    private var x = 0, y = 0
    private var pendingWrap = false
    private var saved = (0, 0)
    private var last: String?
    private var utf8: [UInt8] = []
    private var state = ParseState.ground
    private var parameters = ""

    private enum ParseState { case ground, escape, csi, charset, string }

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The rows as text; the right half of a wide character is not repeated.
    var lines: [String] { cells.map { $0.joined() } }

    mutating func feed(_ bytes: [UInt8]) {
        for byte in bytes { feed(byte) }
    }

    private mutating func feed(_ byte: UInt8) {
        switch state {
        case .escape:
            switch byte {
            case UInt8(ascii: "["): state = .csi; parameters = ""
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): state = .charset
            case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"): state = .string
            case UInt8(ascii: "7"): saved = (x, y); state = .ground
            case UInt8(ascii: "8"): (x, y) = saved; pendingWrap = false; state = .ground
            default: state = .ground
            }
            return
        case .charset:
            state = .ground
            return
        case .string:
            if byte == 0x07 || byte == 0x1b { state = byte == 0x1b ? .escape : .ground }
            return
        case .csi:
            if (0x40...0x7e).contains(byte) {
                state = .ground
                csi(Character(Unicode.Scalar(byte)))
            } else {
                parameters.append(Character(Unicode.Scalar(byte)))
            }
            return
        case .ground:
            break
        }
        if byte < 0x80 { utf8 = [] }
        switch byte {
        case 0x1b: state = .escape
        case 0x0d: x = 0; pendingWrap = false
        case 0x0a: y = min(rows - 1, y + 1); pendingWrap = false
        case 0x08: x = max(0, x - 1); pendingWrap = false
        case 0x09: x = min(columns - 1, (x / 8 + 1) * 8); pendingWrap = false
        case 0x00..<0x20, 0x7f: break
        case 0x20..<0x7f: show(String(Character(Unicode.Scalar(byte))))
        default:
            utf8.append(byte)
            if let text = String(validating: utf8, as: UTF8.self), !text.isEmpty {
                utf8 = []
                show(text)
            } else if utf8.count >= 4 {
                utf8 = []
            }
        }
    }

    private mutating func show(_ text: String) {
        guard let scalar = text.unicodeScalars.first else { return }
        let width = terminalColumns(scalar)
        if width == 0 {
            // A combining mark joins the character before it.
            let (px, py) = x > 0 ? (x - 1, y) : (x, y)
            if pendingWrap { cells[y][x] += text } else { cells[py][px] += text }
            return
        }
        let w = max(1, width)
        if pendingWrap || x + w > columns {
            x = 0
            y = min(rows - 1, y + 1)
            pendingWrap = false
        }
        // Overwriting either half of a wide character blanks its other half, as xterm and tmux do.
        if cells[y][x].isEmpty, x > 0 { cells[y][x - 1] = " " }
        let after = x + w
        if after < columns, cells[y][after].isEmpty { cells[y][after] = " " }
        cells[y][x] = text
        if w == 2, x + 1 < columns { cells[y][x + 1] = "" }
        last = text
        if x + w >= columns {
            x = columns - 1
            pendingWrap = true
        } else {
            x += w
        }
    }

    private mutating func csi(_ final: Character) {
        let isPrivate = parameters.hasPrefix("?") || parameters.hasPrefix(">") || parameters.hasPrefix("=")
        if isPrivate { return }
        let values = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        func value(_ i: Int, _ fallback: Int = 1) -> Int { i < values.count && values[i] > 0 ? values[i] : fallback }
        pendingWrap = final == "m" ? pendingWrap : false
        switch final {
        case "H", "f":
            y = min(rows - 1, value(0) - 1)
            x = min(columns - 1, value(1) - 1)
        case "G", "`": x = min(columns - 1, value(0) - 1)
        case "d": y = min(rows - 1, value(0) - 1)
        case "A": y = max(0, y - value(0))
        case "B": y = min(rows - 1, y + value(0))
        case "C": x = min(columns - 1, x + value(0))
        case "D": x = max(0, x - value(0))
        case "K":
            let mode = values.first ?? 0
            let range = mode == 0 ? x..<columns : mode == 1 ? 0..<(x + 1) : 0..<columns
            for i in range { cells[y][i] = " " }
        case "J":
            let mode = values.first ?? 0
            if mode == 2 || mode == 3 {
                cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
            } else if mode == 0 {
                for i in x..<columns { cells[y][i] = " " }
                for row in (y + 1)..<rows { cells[row] = Array(repeating: " ", count: columns) }
            }
        case "X":
            for i in x..<min(columns, x + value(0)) { cells[y][i] = " " }
        case "b":
            if let last { for _ in 0..<value(0) { show(last) } }
        case "@":
            let n = min(value(0), columns - x)
            cells[y].insert(contentsOf: Array(repeating: " ", count: n), at: x)
            cells[y].removeLast(n)
        case "P":
            let n = min(value(0), columns - x)
            cells[y].removeSubrange(x..<(x + n))
            cells[y].append(contentsOf: Array(repeating: " ", count: n))
        default:
            break
        }
    }
}
