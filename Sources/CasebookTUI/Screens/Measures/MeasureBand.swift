/// The severity bands of the standard instruments, as their authors published them
/// (PHQ-9: Kroenke et al. 2001; GAD-7: Spitzer et al. 2006).
public enum MeasureBand {
    public static let phq9 = "PHQ-9"
    public static let gad7 = "GAD-7"

    /// The band of a score, or nil for a custom instrument or a score outside the scale.
    public static func band(instrument: String, score: Double) -> String? {
        let bands: [(ClosedRange<Double>, String)]
        switch instrument.uppercased() {
        case phq9:
            bands = [(0...4, "minimal"), (5...9, "mild"), (10...14, "moderate"), (15...19, "moderately severe"), (20...27, "severe")]
        case gad7:
            bands = [(0...4, "minimal"), (5...9, "mild"), (10...14, "moderate"), (15...21, "severe")]
        default:
            return nil
        }
        return bands.first { $0.0.contains(score) }?.1
    }

    /// The full range of a standard instrument's scale, for the chart's axis.
    public static func scale(of instrument: String) -> ClosedRange<Double>? {
        switch instrument.uppercased() {
        case phq9: 0...27
        case gad7: 0...21
        default: nil
        }
    }
}
