import Foundation
import PolicyLintCore

/// A waiver matched to a finding, with how long it has left on the report date.
public struct WaiverEntry: Sendable {
    /// How many days before expiry a waiver is called out.
    public static let expiringSoonDays = 30

    /// The finding the waiver accepts (or no longer accepts, once expired).
    public let finding: Finding
    /// The waiver.
    public let waiver: AppliedWaiver
    /// Days from the report date to the last day the waiver applies; nil when the date cannot be read.
    public let daysLeft: Int?

    /// Pairs a waived finding with its waiver, measuring time left from `reportDate`.
    public init?(finding: Finding, reportDate: Date) {
        guard let waiver = finding.waiver else { return nil }
        self.finding = finding
        self.waiver = waiver
        daysLeft = CalendarDate.parse(waiver.expires).map { CalendarDate.days(from: reportDate, to: $0) }
    }

    /// Whether the waiver has lapsed, so its finding counts again.
    public var isExpired: Bool { waiver.isExpired || (daysLeft.map { $0 < 0 } ?? false) }

    /// Whether the waiver is in force but lapses within `expiringSoonDays` days of the report date.
    public var isExpiringSoon: Bool { !isExpired && (daysLeft.map { $0 <= Self.expiringSoonDays } ?? false) }

    /// `In force, 120 days left`, `Expires in 12 days` or `Expired`.
    public var statusText: String {
        if isExpired { return "Expired: the barrier counts again" }
        guard let daysLeft else { return "In force" }
        let days = daysLeft == 1 ? "1 day" : "\(daysLeft) days"
        if daysLeft == 0 { return "Expiring soon: last day is the report date" }
        return isExpiringSoon ? "Expiring soon: \(days) left" : "In force: \(days) left"
    }
}
