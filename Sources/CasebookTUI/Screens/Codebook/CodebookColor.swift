import Foundation
import TerminalKit

/// Code colours as the clinician types them: `#rrggbb` only, so every theme can degrade them.
enum CodebookColor {
    /// `#rrggbb` in lower case, or nil when the text is not one (a leading `#` may be left out).
    static func normalized(_ text: String) -> String? {
        var hex = text.trimmingCharacters(in: .whitespaces).lowercased()
        if hex.hasPrefix("#") { hex.removeFirst() }
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit) else { return nil }
        return "#" + hex
    }

    static func color(_ text: String?) -> Color? {
        guard let text, let hex = normalized(text), let value = UInt32(hex.dropFirst(), radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff))
    }
}
