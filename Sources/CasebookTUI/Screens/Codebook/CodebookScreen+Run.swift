import CasebookCore
import Foundation

extension CodebookScreen {
    public static func run(_ effect: CodebookEffect, store: CaseStore, now: Date) -> [CodebookInput] {
        do {
            switch effect {
            case .add(let category, let name, let slug, let parentID, let level, let description):
                let tag = try store.addTag(
                    category: category, name: name, slug: slug, parentID: parentID, level: level, description: description)
                return try reloaded(store, select: tag.id, "Added ‘\(tag.name)’ (#\(tag.slug)).")
            case .rename(let id, let name):
                let before = try store.tag(id: id)
                let tag = try store.renameTag(id, to: name)
                return try reloaded(store, select: id, "Renamed ‘\(before?.name ?? "")’ to ‘\(tag.name)’; #\(tag.slug) still works.")
            case .prepareMerge(let sourceID, let targetID):
                guard let source = try store.tag(id: sourceID) else { throw StoreError.tagNotFound("#\(sourceID)") }
                guard let target = try store.tag(id: targetID) else { throw StoreError.tagNotFound("#\(targetID)") }
                let moving = try observations(of: source, store: store)
                return [.mergePrepared(CodebookMergePlan(
                    source: source, target: target, observations: moving.count,
                    sessions: Set(moving.map(\.observation.sessionID)).count))]
            case .merge(let sourceID, let targetID):
                let source = try store.tag(id: sourceID)
                let target = try store.tag(id: targetID)
                let moved = try store.mergeTag(sourceID, into: targetID)
                return try reloaded(
                    store, select: targetID,
                    "Merged ‘\(source?.name ?? "")’ into ‘\(target?.name ?? "")’: \(moved) observation\(moved == 1 ? "" : "s") moved.")
            case .setArchived(let id, let archived):
                let tag = try store.setTagArchived(id, archived)
                return try reloaded(
                    store, select: archived ? nil : id,
                    archived ? "Archived ‘\(tag.name)’; press . to show archived codes." : "‘\(tag.name)’ is back in use.")
            case .delete(let id):
                let name = try store.tag(id: id)?.name ?? ""
                try store.deleteTag(id)
                return try reloaded(store, select: nil, "Deleted ‘\(name)’.")
            case .setColor(let id, let color):
                let tag = try store.setTagColor(id, color)
                return try reloaded(store, select: id, color.map { "‘\(tag.name)’ is now \($0)." } ?? "‘\(tag.name)’ uses its category's colour.")
            case .setDescription(let id, let description):
                let tag = try store.setTagDescription(id, description)
                return try reloaded(store, select: id, "Described ‘\(tag.name)’.")
            case .setParent(let id, let parentID):
                let tag = try store.setTagParent(id, parentID)
                let parent = try parentID.flatMap { try store.tag(id: $0) }
                return try reloaded(
                    store, select: id, parent.map { "‘\(tag.name)’ now sits under ‘\($0.name)’." } ?? "‘\(tag.name)’ is a top-level theme.")
            }
        } catch {
            return [.failed("\(error)")]
        }
    }

    private static func reloaded(_ store: CaseStore, select: Int64?, _ message: String) throws -> [CodebookInput] {
        [.loaded(try store.tags(includeArchived: true), select: select, message: message)]
    }

    /// The observations coded with `tag`: per client, since the store lists observations by
    /// client and category. A merge is rare; counting it exactly matters more than speed.
    private static func observations(of tag: Tag, store: CaseStore) throws -> [ObservationDetail] {
        try store.listClients().flatMap { summary -> [ObservationDetail] in
            guard let clientID = summary.client.id else { return [] }
            return try store.observations(clientID: clientID, category: tag.category).filter { $0.tag.id == tag.id }
        }
    }
}
