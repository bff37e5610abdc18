/// Undo and redo stacks. Bounded so a long session cannot grow memory without limit.
struct EditHistory: Sendable {
    static let limit = 2_000
    var undoStack: [EditRecord] = []
    var redoStack: [EditRecord] = []

    mutating func push(_ record: EditRecord) {
        redoStack.removeAll()
        undoStack.append(record)
        if undoStack.count > Self.limit { undoStack.removeFirst(undoStack.count - Self.limit) }
    }

    mutating func seal() {
        if !undoStack.isEmpty { undoStack[undoStack.count - 1].sealed = true }
    }
}
