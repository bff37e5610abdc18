/// Something that draws itself into an area of a buffer; anything outside the area is left alone.
public protocol Widget {
    func render(in area: Rect, buffer: inout Buffer)
}

/// A widget that also reads and updates a state value it keeps between frames (scroll offset,
/// selection, cursor), so the state can live in the application's model.
public protocol StatefulWidget {
    associatedtype State
    func render(in area: Rect, buffer: inout Buffer, state: inout State)
}
