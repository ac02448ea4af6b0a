import Foundation
import PolicyCondition

/// Computes the policy's derived fields once, so rules read them instead of recomputing.
enum DerivedValues {
    /// The root value with `process.window_days` added where `opens` and `closes` are both valid and in order
    /// (out of order they are an `invalid-value` error, and a negative window would only mislead the rules).
    static func apply(to root: CELMap) -> CELMap {
        guard case .map(let process)? = root[.string("process")],
              case .timestamp(let opens)? = process[.string("opens")],
              case .timestamp(let closes)? = process[.string("closes")], opens <= closes else { return root }
        let days = CalendarDate.days(from: opens, to: closes)
        let updated = CELMap(process.entries + [(.string("window_days"), .int(Int64(days)))])
        return CELMap(root.entries.map { key, value in key == .string("process") ? (key, .map(updated)) : (key, value) })
    }
}
