import Foundation
import TerminalKit

/// The add/edit client form: one text field per `ClientFormField`, the focused one, and the
/// error under each field that failed validation. What was typed is never discarded by a
/// failed save; the form stays open with the message.
public struct ClientFormState: Hashable, Sendable {
    public enum Mode: Hashable, Sendable {
        case add
        case edit(clientID: Int64)
    }

    public var mode: Mode
    public var fields: [ClientFormField: TextInputState]
    public var status: String
    public var focused: ClientFormField = .code
    public var errors: [ClientFormField: String] = [:]
    /// An error that is not about one field (the store refused, the disk is full).
    public var formError: String?

    public init(mode: Mode, values: [ClientFormField: String] = [:], status: String = "active") {
        self.mode = mode
        self.status = status
        var fields: [ClientFormField: TextInputState] = [:]
        for field in ClientFormField.allCases where field != .status {
            var input = TextInputState(text: values[field] ?? "")
            input.moveEnd()
            fields[field] = input
        }
        self.fields = fields
    }

    /// A form for a new client, dated today.
    public static func adding(today: Date, timeZone: TimeZone) -> ClientFormState {
        ClientFormState(mode: .add, values: [.intakeDate: DateText.day(today, timeZone: timeZone)])
    }

    /// A form holding an existing client's values.
    public static func editing(_ item: ClientListItem, timeZone: TimeZone) -> ClientFormState {
        var values: [ClientFormField: String] = [
            .code: item.code, .name: item.name, .frequency: item.frequency,
            .presentingConcerns: item.presentingConcerns, .aliases: item.aliases.joined(separator: ", "),
            .intakeDate: DateText.day(item.intakeDate, timeZone: timeZone),
        ]
        if let birthYear = item.birthYear { values[.birthYear] = String(birthYear) }
        return ClientFormState(mode: .edit(clientID: item.id), values: values, status: item.status)
    }

    public var title: String {
        switch mode {
        case .add: return "New client"
        case .edit: return "Edit client"
        }
    }

    public func text(_ field: ClientFormField) -> String {
        field == .status ? status : (fields[field]?.text ?? "")
    }

    /// Checks every field; returns the draft, or fills `errors` and returns nil.
    /// `existingCodes` are the other clients' codes, compared without case.
    public mutating func validate(existingCodes: [String], now: Date, timeZone: TimeZone) -> ClientDraft? {
        errors = [:]
        formError = nil
        let code = text(.code).trimmingCharacters(in: .whitespacesAndNewlines)
        let name = text(.name).trimmingCharacters(in: .whitespacesAndNewlines)
        if code.isEmpty {
            errors[.code] = "Required: the screen shows the code, not the name."
        } else if code.count > 16 {
            errors[.code] = "Keep the code to 16 characters or fewer."
        } else if code.contains(where: { !($0.isLetter || $0.isNumber || "-_.".contains($0)) }) {
            errors[.code] = "A code uses letters, digits and - _ . only, e.g. AM-014."
        } else if existingCodes.contains(where: { $0.caseInsensitiveCompare(code) == .orderedSame }) {
            errors[.code] = "Another client already has the code \(code); choose another."
        }
        if name.isEmpty { errors[.name] = "Required (exports replace it with the code)." }
        var birthYear: Int?
        let yearText = text(.birthYear).trimmingCharacters(in: .whitespaces)
        if !yearText.isEmpty {
            let thisYear = DateText.year(now, timeZone: timeZone)
            if let year = Int(yearText), (1900...thisYear).contains(year) {
                birthYear = year
            } else {
                errors[.birthYear] = "Write a year between 1900 and \(thisYear), or leave it empty."
            }
        }
        let dateText = text(.intakeDate).trimmingCharacters(in: .whitespaces)
        let intake = DateText.parseDay(dateText, timeZone: timeZone)
        if intake == nil { errors[.intakeDate] = "Write the intake date as YYYY-MM-DD, e.g. 2026-03-14." }
        guard errors.isEmpty, let intake else {
            if let first = ClientFormField.allCases.first(where: { errors[$0] != nil }) { focused = first }
            return nil
        }
        let aliases = text(.aliases).split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return ClientDraft(
            code: code, name: name, aliases: aliases, birthYear: birthYear, intakeDate: intake, status: status,
            frequency: text(.frequency).trimmingCharacters(in: .whitespaces),
            presentingConcerns: text(.presentingConcerns).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
