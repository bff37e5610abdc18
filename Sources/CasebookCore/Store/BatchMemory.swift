/// What a batch has already written or checked, so that writing a client with a thousand
/// sessions does not ask the database a thousand times whether that client exists, which
/// number comes next, or what `#shame` means. Everything here was true inside the batch's
/// transaction and stays true until it ends, because a batch only ever adds rows.
final class BatchMemory {
    /// Session numbers of a client created in this batch: all of them, since the client is new.
    struct Numbers {
        var taken: Set<Int> = []
        var highest = 0

        mutating func insert(_ number: Int) {
            taken.insert(number)
            highest = max(highest, number)
        }
    }

    var newClients: [Int64: Numbers] = [:]
    var sessions: Set<Int64> = []
    var figures: Set<Int64> = []
    var tags: Set<Int64> = []
    let resolver: SlugResolver

    init(resolver: SlugResolver = SlugResolver()) {
        self.resolver = resolver
    }
}
