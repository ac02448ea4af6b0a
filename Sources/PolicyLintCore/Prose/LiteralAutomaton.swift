/// An Aho–Corasick automaton over a set of literals: one pass over a text reports every
/// occurrence of every literal, in time linear in the text plus the occurrences.
///
/// Scalars that occur in no literal share one class, so the transition table stays small
/// (states × distinct literal scalars); ASCII scalars find their class through a table,
/// others through a dictionary.
struct LiteralAutomaton: Sendable {
    /// The literals, by id.
    let literals: [[Unicode.Scalar]]
    /// The class of each ASCII scalar (0: in no literal).
    private let asciiClasses: [Int32]
    /// The class of each scalar outside ASCII that occurs in a literal.
    private let otherClasses: [UInt32: Int32]
    /// The number of classes, class 0 included.
    private let classCount: Int
    /// The full transition function: `transitions[state × classCount + class]`.
    private let transitions: [Int32]
    /// The literal ending at each state (-1: none).
    private let ownLiteral: [Int32]
    /// The nearest state along the failure links that ends a literal (-1: none).
    private let outputLink: [Int32]

    /// Builds the automaton; empty literals are never reported, and duplicates keep their first id only.
    init(_ literals: [[Unicode.Scalar]]) {
        self.literals = literals
        var ascii = [Int32](repeating: 0, count: 128)
        var others: [UInt32: Int32] = [:]
        var classes: Int32 = 1
        for literal in literals {
            for scalar in literal {
                let value = scalar.value
                if value < 128 {
                    if ascii[Int(value)] == 0 {
                        ascii[Int(value)] = classes
                        classes += 1
                    }
                } else if others[value] == nil {
                    others[value] = classes
                    classes += 1
                }
            }
        }
        let width = Int(classes)
        func classOf(_ scalar: Unicode.Scalar) -> Int {
            scalar.value < 128 ? Int(ascii[Int(scalar.value)]) : Int(others[scalar.value] ?? 0)
        }
        // The trie: -1 marks a missing edge until the failure pass fills it in.
        var table = [Int32](repeating: -1, count: width)
        var own: [Int32] = [-1]
        for (id, literal) in literals.enumerated() where !literal.isEmpty {
            var state = 0
            for scalar in literal {
                let slot = state * width + classOf(scalar)
                if table[slot] < 0 {
                    table[slot] = Int32(own.count)
                    own.append(-1)
                    table += [Int32](repeating: -1, count: width)
                }
                state = Int(table[slot])
            }
            if own[state] < 0 { own[state] = Int32(id) }
        }
        // Breadth first: a state's failure target is shallower, so it is complete when the state is reached.
        var failure = [Int32](repeating: 0, count: own.count)
        var link = [Int32](repeating: -1, count: own.count)
        var queue: [Int] = []
        queue.reserveCapacity(own.count)
        for symbol in 0..<width {
            let target = table[symbol]
            if target < 0 {
                table[symbol] = 0
            } else {
                queue.append(Int(target))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let fallback = Int(failure[state])
            link[state] = own[fallback] >= 0 ? Int32(fallback) : link[fallback]
            for symbol in 0..<width {
                let slot = state * width + symbol
                let target = table[slot]
                let inherited = table[fallback * width + symbol]
                if target < 0 {
                    table[slot] = inherited
                } else {
                    failure[Int(target)] = inherited
                    queue.append(Int(target))
                }
            }
        }
        asciiClasses = ascii
        otherClasses = others
        classCount = width
        transitions = table
        ownLiteral = own
        outputLink = link
    }

    /// Whether there is nothing to find.
    var isEmpty: Bool { ownLiteral.count <= 1 }

    /// Calls `report(literal, end)` for every occurrence of a literal in `text`, `end` being the offset just past it,
    /// in order of `end` (literals ending at the same offset longest first).
    func scan(_ text: [Unicode.Scalar], range: Range<Int>? = nil, _ report: (Int, Int) -> Void) {
        guard !isEmpty else { return }
        text.withUnsafeBufferPointer { scalars in
            transitions.withUnsafeBufferPointer { table in
                asciiClasses.withUnsafeBufferPointer { ascii in
                    var state = 0
                    let span = range.map { $0.clamped(to: 0..<scalars.count) } ?? 0..<scalars.count
                    for index in span {
                        let value = scalars[index].value
                        let symbol = value < 128 ? Int(ascii[Int(value)]) : Int(otherClasses[value] ?? 0)
                        state = Int(table[state * classCount + symbol])
                        if state == 0 { continue }
                        var output = ownLiteral[state] >= 0 ? state : Int(outputLink[state])
                        while output > 0 {
                            report(Int(ownLiteral[output]), index + 1)
                            output = Int(outputLink[output])
                        }
                    }
                }
            }
        }
    }
}
