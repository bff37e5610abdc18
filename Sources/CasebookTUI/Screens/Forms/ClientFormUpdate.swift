import TerminalKit

extension AppUpdate {
    static func formKey(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        guard case var .form(form)? = state.stack.last else { return [] }
        let fields = ClientFormField.allCases
        switch Keymap.action(for: key, in: .form) {
        case .moveDown?:
            form.focused = fields[(form.focused.rawValue + 1) % fields.count]
        case .moveUp?:
            form.focused = fields[(form.focused.rawValue + fields.count - 1) % fields.count]
        case .confirm?:
            state.stack[state.stack.count - 1] = .form(form)
            return saveForm(&state)
        case .back?:
            state.stack.removeLast()
            return []
        default:
            if form.focused == .status {
                switch key.key {
                case .character(" "), .right: form.status = ClientStatusChoice.next(after: form.status)
                case .left: form.status = ClientStatusChoice.next(after: form.status, step: -1)
                default: break
                }
            } else if var input = form.fields[form.focused] {
                if edit(&input, key) { form.errors[form.focused] = nil }
                form.fields[form.focused] = input
            }
        }
        state.stack[state.stack.count - 1] = .form(form)
        return []
    }

    /// Validates the form on top; a valid one goes to the store, an invalid one stays open
    /// with a message under each field that needs fixing.
    static func saveForm(_ state: inout AppState) -> [Effect] {
        guard case var .form(form)? = state.stack.last else { return [] }
        var editedID: Int64?
        if case let .edit(id) = form.mode { editedID = id }
        let otherCodes = state.clients.all.filter { $0.id != editedID }.map(\.code)
        let draft = form.validate(existingCodes: otherCodes, now: state.now, timeZone: state.timeZone)
        state.stack[state.stack.count - 1] = .form(form)
        guard let draft else { return [] }
        return [.saveClient(draft, id: editedID)]
    }
}
