@testable import TerminalKit

/// Renders a frame into a fresh test backend of the given size.
func screen(_ width: Int, _ height: Int, _ draw: (inout Buffer) -> Void) -> TestBackend {
    var backend = TestBackend(width: width, height: height)
    backend.draw(draw)
    return backend
}
