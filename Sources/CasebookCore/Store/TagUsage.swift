/// A code with how many observations use it, for the codebook screen and `casebook codebook`.
public struct TagUsage: Hashable, Sendable {
    public var tag: Tag
    public var uses: Int

    public init(tag: Tag, uses: Int) {
        self.tag = tag
        self.uses = uses
    }
}
