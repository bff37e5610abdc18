import CasebookCore
import Foundation
import TerminalKit

/// What the shell feeds the codebook screen: keys, time, and the results of its own effects.
public enum CodebookInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    /// The codebook after a change; select `select` and say `message` in the status line.
    case loaded([TagUsage], select: Int64?, message: String?)
    case mergePrepared(CodebookMergePlan)
    /// A change the store refused, in words (shown in the open form, else in the status line).
    case failed(String)
}
