import Foundation

/// The benchmark's results as the table a person reads and the JSON a script reads (SPEC §6).
public enum BenchReport {
    /// SPEC §8: resident memory at most 60 MB.
    public static let memoryTargetMegabytes = 60.0

    public static func table(_ result: BenchRunner.Result) -> String {
        var rows: [[String]] = [["operation", "median ms", "p95 ms", "runs", "target", "ok", "floor", "floor ms", "ratio"]]
        for measurement in result.measurements {
            rows.append(row(measurement.name, measurement.statistics, target: target(measurement),
                            ok: measurement.meetsTarget, floor: measurement.floor, note: measurement.note))
        }
        for (operation, floor) in result.extraFloors {
            let statistics = result.measurements.first { $0.name == operation }?.statistics
            var extra = row("  \(operation), second floor", nil, target: "", ok: nil, floor: floor, note: nil)
            if let median = statistics?.median, let floorMedian = floor.statistics?.median, floorMedian > 0 {
                extra[8] = format(median / floorMedian) + "×"
            }
            rows.append(extra)
        }
        let memoryOK = result.residentMegabytes <= memoryTargetMegabytes
        rows.append(["peak resident memory (MB)", format(result.residentMegabytes), "", "", "≤ 60 MB", memoryOK ? "ok" : "MISS",
                     "", "", ""])
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { cells in
            cells.enumerated().map { column, cell in
                column == 0 || column == 4 || column == 6
                    ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var text = lines.joined(separator: "\n") + "\n"
        for measurement in result.measurements {
            if let note = measurement.note { text += "\(measurement.name): \(note)\n" }
            if let note = measurement.floor?.note { text += "\(measurement.floor?.name ?? ""): \(note)\n" }
        }
        for (_, floor) in result.extraFloors { if let note = floor.note { text += "\(floor.name): \(note)\n" } }
        return text
    }

    public static func json(_ result: BenchRunner.Result) throws -> String {
        var operations: [[String: Any]] = result.measurements.map { measurement in
            var object: [String: Any] = [
                "name": measurement.name,
                "median_ms": measurement.statistics.map { $0.median as Any } ?? NSNull(),
                "p95_ms": measurement.statistics.map { $0.p95 as Any } ?? NSNull(),
                "runs": measurement.statistics?.count ?? 0,
                "target_ms": measurement.targetMilliseconds.map { $0 as Any } ?? NSNull(),
                "floor_ms": measurement.floor?.statistics.map { $0.median as Any } ?? NSNull(),
            ]
            if let floor = measurement.floor { object["floor"] = floor.name }
            if let p95 = measurement.targetP95Milliseconds { object["target_p95_ms"] = p95 }
            if let note = measurement.note { object["note"] = note }
            return object
        }
        for (operation, floor) in result.extraFloors {
            operations.append([
                "name": "\(operation) vs \(floor.name)", "median_ms": NSNull(), "p95_ms": NSNull(), "runs": 0,
                "target_ms": NSNull(), "floor": floor.name,
                "floor_ms": floor.statistics.map { $0.median as Any } ?? NSNull(),
            ])
        }
        var object: [String: Any] = [
            "scale": result.scale.rawValue,
            "operations": operations,
            "rss_mb": result.residentMegabytes,
            "database": result.caseload.database.path,
        ]
        if let seconds = result.caseload.generationSeconds { object["generation_s"] = seconds }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    private static func target(_ measurement: BenchMeasurement) -> String {
        guard let target = measurement.targetMilliseconds else { return "" }
        var text = "≤ \(whole(target))"
        if let p95 = measurement.targetP95Milliseconds { text += " (p95 ≤ \(whole(p95)))" }
        return text
    }

    private static func row(
        _ name: String, _ statistics: BenchStatistics?, target: String, ok: Bool?, floor: BenchFloor?, note: String?
    ) -> [String] {
        let floorMedian = floor?.statistics?.median
        var ratio = ""
        if let median = statistics?.median, let floorMedian, floorMedian > 0 { ratio = format(median / floorMedian) + "×" }
        return [
            name,
            statistics.map { format($0.median) } ?? (note == nil ? "" : "n/a"),
            statistics.map { format($0.p95) } ?? "",
            statistics.map { String($0.count) } ?? "0",
            target,
            ok.map { $0 ? "ok" : "MISS" } ?? "",
            floor?.name ?? "",
            floorMedian.map(format) ?? "",
            ratio,
        ]
    }

    private static func whole(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : format(value)
    }

    static func format(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }
}
