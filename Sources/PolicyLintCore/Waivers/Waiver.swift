import Foundation

/// A recorded, reasoned, expiring decision to accept one finding.
public struct Waiver: Sendable, Equatable {
    /// The policy it belongs to; nil when written inside the policy itself.
    public let policyID: String?
    /// The rule whose finding it accepts.
    public let rule: String
    /// The node the finding points at.
    public let path: String
    /// Why the barrier is accepted.
    public let reason: String
    /// Who accepted it.
    public let approver: String
    /// The last day it applies.
    public let expires: Date
    /// Where it is written.
    public let location: Location
    /// Its own entry in the list that holds it, such as `waivers[1]` (of the policy or of the waivers file).
    public var entry = "waivers"
    /// Where its `policy:` id is written, for a waiver of a waivers file; nil for one written inside its policy.
    public var policyLocation: Location?

    /// Whether it has expired on `today` (a waiver applies through its expiry day).
    public func isExpired(on today: Date) -> Bool { expires < today }

    /// The waiver as attached to a finding.
    public func applied(on today: Date) -> AppliedWaiver {
        AppliedWaiver(reason: reason, approver: approver, expires: CalendarDate.format(expires),
                      isExpired: isExpired(on: today), source: location.description)
    }
}
