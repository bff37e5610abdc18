public enum CasebookVersion { public static let string = "0.1.0" }
