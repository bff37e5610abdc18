import ArgumentParser
import CasebookCore
print("casebook \(CasebookVersion.string)")
