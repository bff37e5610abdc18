/// Text made safe to place in HTML element content or a quoted attribute of the brief.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and line breaks are not allowed in HTML text.
                if XMLEscaping.isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
