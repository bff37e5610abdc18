import Foundation
import GRDB

extension CaseStore {
    /// Adds a client. The code is trimmed and must be unique (case-insensitively).
    @discardableResult
    public func createClient(_ client: Client) throws -> Client {
        var client = client
        client.code = try Self.validatedCode(client.code)
        let stamp = now()
        client.id = nil
        client.createdAt = stamp
        client.updatedAt = stamp
        return try write { [client] db in
            var client = client
            if try Self.codeTaken(client.code, except: nil, db) { throw StoreError.duplicateClientCode(client.code) }
            try client.insert(db)
            return client
        }
    }

    /// Saves every field of an existing client.
    @discardableResult
    public func updateClient(_ client: Client) throws -> Client {
        guard let id = client.id else { throw StoreError.clientNotFound("(unsaved)") }
        var client = client
        client.code = try Self.validatedCode(client.code)
        client.updatedAt = now()
        return try write { [client] db in
            guard try Client.fetchOne(db, key: id) != nil else { throw StoreError.clientNotFound("#\(id)") }
            if try Self.codeTaken(client.code, except: id, db) { throw StoreError.duplicateClientCode(client.code) }
            try client.update(db)
            return client
        }
    }

    public func setClientStatus(_ clientID: Int64, _ status: ClientStatus) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE client SET status = ?, updated_at = ? WHERE id = ?",
                arguments: [status, now(), clientID])
            if db.changesCount == 0 { throw StoreError.clientNotFound("#\(clientID)") }
        }
    }

    public func client(id: Int64) throws -> Client? {
        try database.read { db in try Client.fetchOne(db, key: id) }
    }

    /// A client by code (case-insensitive), or by numeric id when `reference` is all digits.
    public func client(code reference: String) throws -> Client? {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        return try database.read { db in
            if let byCode = try Client.fetchOne(db, sql: "SELECT * FROM client WHERE code = ?", arguments: [trimmed]) {
                return byCode
            }
            if let id = Int64(trimmed) { return try Client.fetchOne(db, key: id) }
            return nil
        }
    }

    /// Like `client(code:)`, throwing a helpful error when there is no such client.
    public func requireClient(_ reference: String) throws -> Client {
        guard let client = try client(code: reference) else { throw StoreError.clientNotFound(reference) }
        return client
    }

    /// Every client with its session count and last attended date, ordered by code.
    public func listClients(status: ClientStatus? = nil) throws -> [ClientSummary] {
        try database.read { db in try Self.rosterSummaries(db, status: status) }
    }

    /// Deletes a client and everything recorded about them, search index included.
    ///
    /// FTS5 records a deletion as a marker and keeps the deleted words in older index segments
    /// until they are merged, where `secure_delete` cannot reach them; `optimize` merges them now
    /// so the client's words leave the file. It rewrites the index: slow on a career, but rare.
    public func deleteClient(_ clientID: Int64) throws {
        try write { db in
            guard try Client.deleteOne(db, key: clientID) else { throw StoreError.clientNotFound("#\(clientID)") }
            try db.execute(sql: "INSERT INTO search_index(search_index) VALUES('optimize')")
        }
    }

    static func validatedCode(_ raw: String) throws -> String {
        let code = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        guard !code.isEmpty, code.count <= 32, code.unicodeScalars.allSatisfy({ allowed.contains($0) }) else {
            throw StoreError.invalidClientCode(raw)
        }
        return code
    }

    private static func codeTaken(_ code: String, except id: Int64?, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM client WHERE code = ? AND id IS NOT ?)", arguments: [code, id])
            ?? false
    }
}
