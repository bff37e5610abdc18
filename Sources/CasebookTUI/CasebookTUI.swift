import CasebookCore
import TerminalKit
public enum CasebookTUI {}
