import CasebookCore

/// Store work the codebook screen asks for; each change answers with the reloaded codebook.
public enum CodebookEffect: Sendable, Equatable {
    case add(category: TagCategory, name: String, slug: String, parentID: Int64?, level: Int?, description: String)
    case rename(tagID: Int64, name: String)
    /// Count what a merge would move, for the confirmation.
    case prepareMerge(sourceID: Int64, targetID: Int64)
    case merge(sourceID: Int64, targetID: Int64)
    case setArchived(tagID: Int64, Bool)
    case delete(tagID: Int64)
    case setColor(tagID: Int64, String?)
    case setDescription(tagID: Int64, String)
    case setParent(tagID: Int64, parentID: Int64?)
}
