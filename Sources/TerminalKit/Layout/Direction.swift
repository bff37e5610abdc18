/// The axis a layout splits along.
public enum Direction: Hashable, Sendable {
    /// Parts side by side, left to right.
    case horizontal
    /// Parts stacked, top to bottom.
    case vertical
}
