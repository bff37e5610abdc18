import CasebookCore
import Foundation
import TerminalKit

/// The codebook (SPEC §3, §5): browse by category with usage counts, defenses by DMRS level;
/// add, rename, merge, archive, delete unused custom codes, colour, description, nesting.
public enum CodebookScreen {
    public static func open(category: TagCategory = .theme, store: CaseStore, now: Date) throws -> CodebookState {
        CodebookState(tags: try store.tags(includeArchived: true), category: category)
    }

    public static func update(_ state: inout CodebookState, _ input: CodebookInput) -> [CodebookEffect] {
        switch input {
        case .key(let key):
            if state.modal != nil { return handleModal(key, &state) }
            switch state.focus {
            case .categories: return handleCategories(key, &state)
            case .codes: return handleCodes(key, &state)
            case .filter: return handleFilter(key, &state)
            }
        case .paste(let text):
            let line = text.replacingOccurrences(of: "\n", with: " ")
            if state.modal != nil {
                editModalText(&state) { $0.insert(line) }
            } else if state.focus == .filter {
                state.filter.insert(line)
                state.selection = ListState(selected: 0)
            }
            return []
        case .tick:
            return []
        case .loaded(let tags, let select, let message):
            state.tags = tags
            state.modal = nil
            if let select, let tag = tags.first(where: { $0.tag.id == select })?.tag {
                state.category = tag.category
                if tag.archived { state.showArchived = true }
                state.filter = TextInputState()
                state.selection.selected = state.codes.firstIndex { $0.tag.id == select } ?? 0
            } else {
                clampSelection(&state)
            }
            if let message { state.request = .status(message) }
            return []
        case .mergePrepared(let plan):
            state.modal = .confirmMerge(plan)
            return []
        case .failed(let message):
            switch state.modal {
            case .add(var form):
                form.error = message
                state.modal = .add(form)
            case .rename(let id, let input, _): state.modal = .rename(tagID: id, input, error: message)
            case .color(let id, let input, _): state.modal = .color(tagID: id, input, error: message)
            case .description(let id, let input, _): state.modal = .description(tagID: id, input, error: message)
            default:
                state.modal = nil
                state.request = .status(message)
            }
            return []
        }
    }

    public static func isEditingText(_ state: CodebookState) -> Bool {
        switch state.modal {
        case .none: return state.focus == .filter
        case .confirmMerge, .confirmDelete: return false
        default: return true
        }
    }

    public static func keyHints(_ state: CodebookState) -> [ScreenKeyHint] {
        switch state.modal {
        case .add: return [ScreenKeyHint("Tab", "next field"), ScreenKeyHint("Ctrl-S", "save"), ScreenKeyHint("Esc", "cancel")]
        case .confirmMerge, .confirmDelete: return [ScreenKeyHint("y", "yes"), ScreenKeyHint("n", "no")]
        case .some: return [ScreenKeyHint("Enter", "ok"), ScreenKeyHint("Esc", "cancel")]
        case .none: break
        }
        if state.focus == .filter { return [ScreenKeyHint("Enter", "keep filter"), ScreenKeyHint("Esc", "clear")] }
        return [
            ScreenKeyHint("a", "add"), ScreenKeyHint("r", "rename"), ScreenKeyHint("m", "merge"),
            ScreenKeyHint("A", "archive"), ScreenKeyHint("c", "colour"), ScreenKeyHint("e", "describe"),
            ScreenKeyHint("f", "filter"), ScreenKeyHint(".", "archived"), ScreenKeyHint("Tab", "pane"),
        ]
    }

    public static var actions: [ScreenKeyHint] {
        [
            ScreenKeyHint("a", "Add a code"),
            ScreenKeyHint("r", "Rename the code"),
            ScreenKeyHint("m", "Merge the code into another"),
            ScreenKeyHint("A", "Archive or unarchive the code"),
            ScreenKeyHint("d", "Delete an unused custom code"),
            ScreenKeyHint("c", "Set the code's colour"),
            ScreenKeyHint("e", "Edit the code's description"),
            ScreenKeyHint("p", "Nest the theme under a parent"),
            ScreenKeyHint(".", "Show or hide archived codes"),
            ScreenKeyHint("f", "Filter codes"),
        ]
    }

    // MARK: browsing

    private static func handleCategories(_ event: KeyEvent, _ state: inout CodebookState) -> [CodebookEffect] {
        let all = TagCategory.allCases
        let index = all.firstIndex(of: state.category) ?? 0
        switch event.key {
        case .down, .character("j"): selectCategory(all[min(all.count - 1, index + 1)], &state)
        case .up, .character("k"): selectCategory(all[max(0, index - 1)], &state)
        case .home, .character("g"): selectCategory(all[0], &state)
        case .end, .character("G"): selectCategory(all[all.count - 1], &state)
        case .tab, .backTab, .enter, .right, .character("l"): state.focus = .codes
        case .escape, .character("q"): state.request = .close
        default: return handleCommon(event, &state)
        }
        return []
    }

    private static func handleCodes(_ event: KeyEvent, _ state: inout CodebookState) -> [CodebookEffect] {
        let count = state.codes.count
        let wasG = state.pendingG
        state.pendingG = false
        if event.modifiers.contains(.ctrl), case .character(let text) = event.key {
            // Half a screen, as in vim; the view keeps no size, so a typical one.
            if text == "d" { state.selection.move(by: 10, itemCount: count) }
            if text == "u" { state.selection.move(by: -10, itemCount: count) }
            return []
        }
        switch event.key {
        case .down, .character("j"): state.selection.selectNext(itemCount: count)
        case .up, .character("k"): state.selection.selectPrevious(itemCount: count)
        case .pageDown: state.selection.move(by: 20, itemCount: count)
        case .pageUp: state.selection.move(by: -20, itemCount: count)
        case .home: state.selection.selectFirst(itemCount: count)
        case .end, .character("G"): state.selection.selectLast(itemCount: count)
        case .character("g"):
            if wasG { state.selection.selectFirst(itemCount: count) } else { state.pendingG = true }
        case .tab, .backTab, .left, .character("h"): state.focus = .categories
        case .escape, .character("q"):
            if !state.filter.isEmpty {
                state.filter = TextInputState()
                clampSelection(&state)
            } else {
                state.request = .close
            }
        default: return handleCommon(event, &state)
        }
        return []
    }

    /// Actions that work from either pane.
    private static func handleCommon(_ event: KeyEvent, _ state: inout CodebookState) -> [CodebookEffect] {
        guard case .character(let key) = event.key, !event.modifiers.contains(.ctrl) else { return [] }
        if key == "a" {
            state.modal = .add(CodebookForm(category: state.category))
            return []
        }
        if key == "." {
            let kept = state.selectedCode?.tag.id
            state.showArchived.toggle()
            state.selection.selected = kept.flatMap { id in state.codes.firstIndex { $0.tag.id == id } } ?? 0
            clampSelection(&state)
            return []
        }
        // Not `/`: that opens search from anywhere.
        if key == "f" {
            state.focus = .filter
            return []
        }
        guard let usage = state.selectedCode, let id = usage.tag.id else {
            if "rmAxdcep".contains(key) { state.request = .status("No code selected.") }
            return []
        }
        let tag = usage.tag
        switch key {
        case "r":
            state.modal = .rename(tagID: id, TextInputState(text: tag.name), error: nil)
        case "m":
            let others = state.tags.filter { $0.tag.category == tag.category && $0.tag.id != id && !$0.tag.archived }
            guard !others.isEmpty else {
                state.request = .status("No other \(tag.category.displayName.lowercased()) code to merge ‘\(tag.name)’ into.")
                return []
            }
            let items = others.compactMap { other -> FuzzyPickerItem? in
                other.tag.id.map { FuzzyPickerItem(id: String($0), label: other.tag.name, detail: "\(other.uses) uses") }
            }
            state.modal = .mergePicker(sourceID: id, FuzzyPickerState(items: items))
        case "A", "x":
            return [.setArchived(tagID: id, !tag.archived)]
        case "d":
            if tag.builtin {
                state.request = .status("‘\(tag.name)’ is built in and cannot be deleted; archive it with A to hide it.")
            } else if usage.uses > 0 {
                state.request = .status(
                    "‘\(tag.name)’ is used by \(usage.uses) observation\(usage.uses == 1 ? "" : "s"); merge it (m) or archive it (A) instead.")
            } else {
                state.modal = .confirmDelete(tag)
            }
        case "c":
            state.modal = .color(tagID: id, TextInputState(text: tag.color ?? ""), error: nil)
        case "e":
            state.modal = .description(tagID: id, TextInputState(text: tag.description), error: nil)
        case "p":
            guard tag.category == .theme else {
                state.request = .status("Only themes nest under a parent.")
                return []
            }
            state.modal = .parent(tagID: id, parentPicker(state, excluding: id))
        default:
            break
        }
        return []
    }

    private static func handleFilter(_ event: KeyEvent, _ state: inout CodebookState) -> [CodebookEffect] {
        switch event.key {
        case .escape:
            state.filter = TextInputState()
            state.focus = .codes
        case .enter, .tab, .down:
            state.focus = .codes
        case .backspace: state.filter.deleteBackward()
        case .delete: state.filter.deleteForward()
        case .left: state.filter.moveLeft()
        case .right: state.filter.moveRight()
        case .character(let text) where event.modifiers.contains(.ctrl):
            if text == "w" { state.filter.deleteWordBackward() }
            if text == "u" { state.filter = TextInputState() }
        case .character(let text): state.filter.insert(text)
        default: return []
        }
        state.selection = ListState(selected: 0)
        clampSelection(&state)
        return []
    }

    private static func selectCategory(_ category: TagCategory, _ state: inout CodebookState) {
        guard category != state.category else { return }
        state.category = category
        state.selection = ListState(selected: 0)
        clampSelection(&state)
    }

    private static func clampSelection(_ state: inout CodebookState) {
        let count = state.codes.count
        state.selection.selected = count == 0 ? nil : min(max(0, state.selection.selected ?? 0), count - 1)
    }

    /// Themes a theme may sit under, with "(top level)" first.
    static func parentPicker(_ state: CodebookState, excluding id: Int64?) -> FuzzyPickerState {
        var items = [FuzzyPickerItem(id: "", label: "(top level)")]
        items += state.tags.filter { $0.tag.category == .theme && !$0.tag.archived && $0.tag.id != id }
            .compactMap { usage in usage.tag.id.map { FuzzyPickerItem(id: String($0), label: usage.tag.name) } }
        return FuzzyPickerState(items: items)
    }
}
