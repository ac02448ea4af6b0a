/// Terminal colours, applied only when colour is on.
struct ANSIStyle {
    let enabled: Bool

    func red(_ text: String) -> String { wrap(text, "31;1") }
    func yellow(_ text: String) -> String { wrap(text, "33;1") }
    func blue(_ text: String) -> String { wrap(text, "34;1") }
    func cyan(_ text: String) -> String { wrap(text, "36") }
    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
