import ArgumentParser
import Foundation

/// When to colour output: on a terminal (unless NO_COLOR is set), always or never.
enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Whether to colour output written to standard output.
    var enabled: Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColour = ProcessInfo.processInfo.environment["NO_COLOR"], !noColour.isEmpty { return false }
            return isatty(STDOUT_FILENO) == 1
        }
    }
}
