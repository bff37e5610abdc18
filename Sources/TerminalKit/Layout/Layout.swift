/// Splits a rectangle into rows or columns by constraints.
///
/// Deliberately simple and predictable: fixed parts (`length`, `percentage`, `min`) are served
/// in order until the space runs out, then `fill` parts share what is left by weight (the last
/// one takes the rounding remainder); with no `fill` parts, leftover space goes to `min` parts.
public struct Layout: Hashable, Sendable {
    public var direction: Direction
    public var constraints: [Constraint]
    /// Cells left empty between neighbouring parts.
    public var spacing: Int

    public init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = spacing
    }

    public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.vertical, constraints, spacing: spacing)
    }

    public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.horizontal, constraints, spacing: spacing)
    }

    /// The parts, one per constraint, in order.
    public func split(_ rect: Rect) -> [Rect] {
        let n = constraints.count
        guard n > 0 else { return [] }
        let extent = direction == .horizontal ? rect.width : rect.height
        let sizes = Layout.sizes(for: constraints, extent: extent, spacing: spacing)
        var result: [Rect] = []
        var offset = 0
        for size in sizes {
            let start = min(offset, extent)
            let clamped = max(0, min(size, extent - start))
            switch direction {
            case .horizontal: result.append(Rect(x: rect.x + start, y: rect.y, width: clamped, height: rect.height))
            case .vertical: result.append(Rect(x: rect.x, y: rect.y + start, width: rect.width, height: clamped))
            }
            offset = start + clamped + spacing
        }
        return result
    }

    static func sizes(for constraints: [Constraint], extent: Int, spacing: Int) -> [Int] {
        let gaps = max(0, constraints.count - 1) * max(0, spacing)
        let total = max(0, extent - gaps)
        var sizes = Array(repeating: 0, count: constraints.count)
        var remaining = total
        for (i, c) in constraints.enumerated() {
            let want: Int
            switch c {
            case .length(let n): want = max(0, n)
            case .percentage(let p): want = total * Swift.max(0, Swift.min(100, p)) / 100
            case .min(let n): want = max(0, n)
            case .fill: continue
            }
            sizes[i] = Swift.min(want, remaining)
            remaining -= sizes[i]
        }
        let fills = constraints.indices.filter { if case .fill = constraints[$0] { return true } else { return false } }
        if !fills.isEmpty {
            let weights = fills.map { i -> Int in if case .fill(let w) = constraints[i] { return max(0, w) } else { return 0 } }
            let weightSum = weights.reduce(0, +)
            var given = 0
            for (k, i) in fills.enumerated() {
                let share: Int
                if k == fills.count - 1 { share = remaining - given }
                else { share = weightSum == 0 ? remaining / fills.count : remaining * weights[k] / weightSum }
                sizes[i] = share
                given += share
            }
        } else {
            let mins = constraints.indices.filter { if case .min = constraints[$0] { return true } else { return false } }
            if !mins.isEmpty && remaining > 0 {
                let each = remaining / mins.count
                for (k, i) in mins.enumerated() {
                    sizes[i] += each + (k == mins.count - 1 ? remaining - each * mins.count : 0)
                }
            }
        }
        return sizes
    }
}

extension Rect {
    /// A rectangle of `size` centred in this one (clamped to fit).
    public func centered(_ size: Size) -> Rect {
        let w = Swift.min(size.width, width), h = Swift.min(size.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// The rectangle shrunk by separate horizontal and vertical margins.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        Rect(x: x + horizontal, y: y + vertical, width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// The rectangle shrunk by a margin on each side.
    public func inset(top: Int, right: Int, bottom: Int, left: Int) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// The row `offset` rows down, one cell tall (empty if outside).
    public func row(_ offset: Int) -> Rect {
        guard offset >= 0, offset < height else { return Rect(x: x, y: y + offset, width: 0, height: 0) }
        return Rect(x: x, y: y + offset, width: width, height: 1)
    }
}
