import Foundation

/// One demo session with both note layers (SPEC §2).
public struct DemoSession: Hashable, Sendable {
    public var number: Int
    public var date: Date
    public var durationMinutes: Int
    /// `attended`, `cancelled` or `no-show`.
    public var attendance: String
    /// `in-person`, `video` or `phone`.
    public var modality: String
    public var processNote: String
    public var recordNote: String
    public var flaggedForSupervision: Bool
    public var measures: [DemoMeasure]
    public var episodes: [DemoEpisode]

    public init(number: Int, date: Date, durationMinutes: Int, attendance: String, modality: String,
                processNote: String, recordNote: String, flaggedForSupervision: Bool,
                measures: [DemoMeasure], episodes: [DemoEpisode]) {
        self.number = number
        self.date = date
        self.durationMinutes = durationMinutes
        self.attendance = attendance
        self.modality = modality
        self.processNote = processNote
        self.recordNote = recordNote
        self.flaggedForSupervision = flaggedForSupervision
        self.measures = measures
        self.episodes = episodes
    }
}
