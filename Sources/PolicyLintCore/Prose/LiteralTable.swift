/// Distinct literals, each with the requirements it meets, collected for a `LiteralAutomaton`.
struct LiteralTable {
    /// The literals, by id.
    private(set) var literals: [[Unicode.Scalar]] = []
    /// The requirements each literal meets, in increasing order without repeats.
    private(set) var requirements: [[Int]] = []
    private var ids: [[Unicode.Scalar]: Int] = [:]

    /// Records that `literal` meets `requirement`.
    mutating func add(_ literal: [Unicode.Scalar], requirement: Int) {
        if let id = ids[literal] {
            if requirements[id].last != requirement { requirements[id].append(requirement) }
        } else {
            ids[literal] = literals.count
            literals.append(literal)
            requirements.append([requirement])
        }
    }
}
