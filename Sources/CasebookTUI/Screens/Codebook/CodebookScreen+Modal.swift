import CasebookCore
import Foundation
import TerminalKit

extension CodebookScreen {
    static func handleModal(_ event: KeyEvent, _ state: inout CodebookState) -> [CodebookEffect] {
        guard let modal = state.modal else { return [] }
        let ctrl = event.modifiers.contains(.ctrl)
        switch modal {
        case .add(var form):
            let effects = handleForm(event, &form, &state)
            if case .add = state.modal { state.modal = .add(form) }
            return effects

        case .parentForForm(var form, var picker):
            switch pickerKey(event, &picker) {
            case .cancel: state.modal = .add(form)
            case .chosen(let item):
                form.parentID = Int64(item.id)
                state.modal = .add(form)
            case .none: state.modal = .parentForForm(form, picker)
            }
            return []

        case .parent(let id, var picker):
            switch pickerKey(event, &picker) {
            case .cancel: state.modal = nil
            case .chosen(let item): return [.setParent(tagID: id, parentID: Int64(item.id))]
            case .none: state.modal = .parent(tagID: id, picker)
            }
            return []

        case .mergePicker(let source, var picker):
            switch pickerKey(event, &picker) {
            case .cancel: state.modal = nil
            case .chosen(let item):
                guard let target = Int64(item.id) else { return [] }
                state.modal = .mergePicker(sourceID: source, picker)
                return [.prepareMerge(sourceID: source, targetID: target)]
            case .none: state.modal = .mergePicker(sourceID: source, picker)
            }
            return []

        case .confirmMerge(let plan):
            switch event.key {
            case .character("y"), .character("Y"), .enter:
                guard let source = plan.source.id, let target = plan.target.id else { return [] }
                return [.merge(sourceID: source, targetID: target)]
            case .character("n"), .character("N"), .escape, .character("q"):
                state.modal = nil
            default: break
            }
            return []

        case .confirmDelete(let tag):
            switch event.key {
            case .character("y"), .character("Y"):
                guard let id = tag.id else { return [] }
                return [.delete(tagID: id)]
            case .character("n"), .character("N"), .escape, .enter, .character("q"):
                // Enter does not delete: the safe answer is the default one.
                state.modal = nil
            default: break
            }
            return []

        case .rename(let id, var input, let error):
            switch lineKey(event, &input, ctrl: ctrl) {
            case .cancel: state.modal = nil
            case .submit:
                let name = input.text.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else {
                    state.modal = .rename(tagID: id, input, error: "A code needs a name; type one.")
                    return []
                }
                state.modal = .rename(tagID: id, input, error: nil)
                return [.rename(tagID: id, name: name)]
            case .edited: state.modal = .rename(tagID: id, input, error: error)
            }
            return []

        case .color(let id, var input, let error):
            switch lineKey(event, &input, ctrl: ctrl) {
            case .cancel: state.modal = nil
            case .submit:
                let text = input.text.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { return [.setColor(tagID: id, nil)] }
                guard let color = CodebookColor.normalized(text) else {
                    state.modal = .color(
                        tagID: id, input,
                        error: "“\(text)” is not a colour: type #rrggbb, e.g. #d7875f, or leave it empty for the category's colour.")
                    return []
                }
                state.modal = .color(tagID: id, input, error: nil)
                return [.setColor(tagID: id, color)]
            case .edited: state.modal = .color(tagID: id, input, error: error)
            }
            return []

        case .description(let id, var input, let error):
            switch lineKey(event, &input, ctrl: ctrl) {
            case .cancel: state.modal = nil
            case .submit: return [.setDescription(tagID: id, input.text.trimmingCharacters(in: .whitespaces))]
            case .edited: state.modal = .description(tagID: id, input, error: error)
            }
            return []
        }
    }

    private static func handleForm(_ event: KeyEvent, _ form: inout CodebookForm, _ state: inout CodebookState) -> [CodebookEffect] {
        let ctrl = event.modifiers.contains(.ctrl)
        if ctrl, event.key == .character("s") { return submit(form, &form) }
        switch event.key {
        case .escape:
            state.modal = nil
            return []
        case .tab, .down:
            form.move(by: 1)
            return []
        case .backTab, .up:
            form.move(by: -1)
            return []
        case .enter:
            if form.field == .parent {
                state.modal = .parentForForm(form, parentPicker(state, excluding: nil))
                return []
            }
            // Enter on the last field saves; elsewhere it moves on, as forms in a terminal do.
            if form.field == form.fields.last { return submit(form, &form) }
            form.move(by: 1)
            return []
        default:
            break
        }
        switch form.field {
        case .category:
            let all = TagCategory.allCases
            let index = all.firstIndex(of: form.category) ?? 0
            let step: Int
            switch event.key {
            case .left, .character("h"): step = -1
            case .right, .character("l"), .character(" "): step = 1
            default: return []
            }
            form.category = all[(index + step + all.count) % all.count]
            form.level = form.category == .defense ? (form.level ?? 7) : nil
            if form.category != .theme { form.parentID = nil }
        case .level:
            switch event.key {
            case .left, .character("h"), .character("-"): form.level = max(1, (form.level ?? 7) - 1)
            case .right, .character("l"), .character("+"), .character(" "): form.level = min(7, (form.level ?? 0) + 1)
            case .character(let digit) where Int(digit).map({ (1...7).contains($0) }) ?? false: form.level = Int(digit)
            default: break
            }
        case .parent:
            if event.key == .backspace || event.key == .delete { form.parentID = nil }
        case .name:
            _ = lineKey(event, &form.name, ctrl: ctrl)
            if !form.slugEdited { form.slug = TextInputState(text: CodebookForm.slug(from: form.name.text)) }
        case .slug:
            let before = form.slug.text
            _ = lineKey(event, &form.slug, ctrl: ctrl)
            if form.slug.text != before { form.slugEdited = true }
        case .description:
            _ = lineKey(event, &form.description, ctrl: ctrl)
        }
        return []
    }

    private static func submit(_ snapshot: CodebookForm, _ form: inout CodebookForm) -> [CodebookEffect] {
        let name = snapshot.name.text.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            form.error = "A code needs a name; type one."
            form.field = .name
            return []
        }
        let slug = snapshot.slug.text.trimmingCharacters(in: .whitespaces)
        guard !slug.isEmpty else {
            form.error = "A code needs a slug for inline tags, e.g. fear-of-dependency."
            form.field = .slug
            return []
        }
        form.error = nil
        return [.add(
            category: snapshot.category, name: name, slug: slug, parentID: snapshot.parentID, level: snapshot.level,
            description: snapshot.description.text.trimmingCharacters(in: .whitespaces))]
    }

    /// Applies text to whichever text field the open modal has.
    static func editModalText(_ state: inout CodebookState, _ change: (inout TextInputState) -> Void) {
        switch state.modal {
        case .add(var form):
            switch form.field {
            case .name:
                change(&form.name)
                if !form.slugEdited { form.slug = TextInputState(text: CodebookForm.slug(from: form.name.text)) }
            case .slug:
                change(&form.slug)
                form.slugEdited = true
            case .description: change(&form.description)
            default: break
            }
            state.modal = .add(form)
        case .rename(let id, var input, let error):
            change(&input)
            state.modal = .rename(tagID: id, input, error: error)
        case .color(let id, var input, let error):
            change(&input)
            state.modal = .color(tagID: id, input, error: error)
        case .description(let id, var input, let error):
            change(&input)
            state.modal = .description(tagID: id, input, error: error)
        default:
            break
        }
    }

    private enum LineOutcome { case edited, submit, cancel }

    private static func lineKey(_ event: KeyEvent, _ input: inout TextInputState, ctrl: Bool) -> LineOutcome {
        switch event.key {
        case .escape: return .cancel
        case .enter: return .submit
        case .backspace: input.deleteBackward()
        case .delete: input.deleteForward()
        case .left: input.moveLeft()
        case .right: input.moveRight()
        case .home: input.moveHome()
        case .end: input.moveEnd()
        case .character(let text) where ctrl:
            switch text {
            case "w": input.deleteWordBackward()
            case "k": input.deleteToEnd()
            case "a": input.moveHome()
            case "e": input.moveEnd()
            case "u": input = TextInputState()
            default: break
            }
        case .character(let text): input.insert(text)
        default: break
        }
        return .edited
    }

    private enum PickerOutcome { case none, cancel, chosen(FuzzyPickerItem) }

    private static func pickerKey(_ event: KeyEvent, _ picker: inout FuzzyPickerState) -> PickerOutcome {
        let ctrl = event.modifiers.contains(.ctrl)
        switch event.key {
        case .escape: return .cancel
        case .enter: return picker.selectedItem.map { .chosen($0) } ?? .none
        case .down, .tab: picker.selectNext()
        case .up, .backTab: picker.selectPrevious()
        case .backspace: picker.deleteBackward()
        case .delete: picker.deleteForward()
        case .left: picker.moveQueryCursorLeft()
        case .right: picker.moveQueryCursorRight()
        case .character(let text) where ctrl:
            switch text {
            case "n", "j": picker.selectNext()
            case "p", "k": picker.selectPrevious()
            case "w": picker.deleteWordBackward()
            default: break
            }
        case .character(let text): picker.insert(text)
        default: break
        }
        return .none
    }
}
