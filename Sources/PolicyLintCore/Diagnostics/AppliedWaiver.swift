/// A waiver matched to a finding: who accepted the barrier, why, and until when.
public struct AppliedWaiver: Sendable, Equatable, Codable {
    /// Why the barrier is accepted.
    public let reason: String
    /// Who accepted it.
    public let approver: String
    /// The last day it applies, `YYYY-MM-DD`.
    public let expires: String
    /// Whether the expiry date has passed.
    public let isExpired: Bool
    /// Where the waiver is written, `file:line:column`.
    public let source: String

    /// Creates an applied waiver.
    public init(reason: String, approver: String, expires: String, isExpired: Bool, source: String) {
        self.reason = reason
        self.approver = approver
        self.expires = expires
        self.isExpired = isExpired
        self.source = source
    }
}
