/// Text made safe for XML 1.0 (QDC codebooks, SVG).
public enum XMLEscaping {
    /// Escapes the five markup characters and drops characters XML 1.0 cannot carry at all (control
    /// characters other than tab, line feed and carriage return; U+FFFE and U+FFFF), which would
    /// otherwise make the whole file unreadable to the receiving tool.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// As `escape`, and also writes tab and line breaks as character references: a parser turns raw
    /// ones inside an attribute value into spaces.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text)
            .replacingAll("\t", with: "&#9;")
            .replacingAll("\n", with: "&#10;")
            .replacingAll("\r", with: "&#13;")
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x0..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}

extension String {
    /// Replaces every occurrence of a character, keeping "\r\n" from being treated as one grapheme.
    fileprivate func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
