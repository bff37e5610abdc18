/// The teaching patterns built into the demo, each carried by one client.
public enum DemoPattern: String, CaseIterable, Hashable, Sendable {
    /// Defenses move from action and disavowal levels to high-adaptive ones; the ODF rises.
    case maturingDefenses
    /// The transference is idealizing in the first half and turns negative after the middle.
    case transferenceShift
    /// The same wish, response of other and response of self recur with mother, partner, boss and therapist.
    case repeatingCCRT
    /// A series of dreams, tagged `#dream`, that changes as the work goes on.
    case dreamSeries
}
