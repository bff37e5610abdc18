import CasebookCore
import Foundation

/// How the session screen writes dates, times, categories and intensities.
enum SessionFormat {
    static func components(_ date: Date) -> DateComponents {
        Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }

    private static func two(_ n: Int?) -> String {
        let v = n ?? 0
        return v < 10 ? "0\(v)" : "\(v)"
    }

    /// `2026-11-27 14:00`
    static func dateTime(_ date: Date) -> String {
        let c = components(date)
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    /// `2026-11-27`
    static func day(_ date: Date) -> String {
        let c = components(date)
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))"
    }

    /// `14:02:11`
    static func time(_ date: Date) -> String {
        let c = components(date)
        return "\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }

    /// `●○○`, `●●○`, `●●●`
    static func intensity(_ level: Int) -> String {
        let n = min(3, max(0, level))
        return String(repeating: "●", count: n) + String(repeating: "○", count: 3 - n)
    }

    /// A category label short enough for a pane column.
    static func shortName(_ category: TagCategory) -> String {
        switch category {
        case .theme: "theme"
        case .defense: "defense"
        case .transference: "transf."
        case .countertransference: "countertr."
        case .affect: "affect"
        case .ccrtWish: "CCRT W"
        case .ccrtRO: "CCRT RO"
        case .ccrtRS: "CCRT RS"
        case .dream: "dream"
        case .memory: "memory"
        }
    }

    static func layerLabel(_ layer: NoteLayer) -> String {
        switch layer {
        case .process: "PROCESS"
        case .record: "RECORD"
        }
    }

    static func describe(_ error: Error) -> String {
        if let store = error as? StoreError { return store.description }
        return (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }
}
