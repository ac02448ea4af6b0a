/// The comprehension macros supported on lists and maps.
enum ComprehensionKind: String, Sendable {
    /// `r.all(x, p)`: every element satisfies `p`.
    case all
    /// `r.exists(x, p)`: some element satisfies `p`.
    case exists
    /// `r.exists_one(x, p)`: exactly one element satisfies `p`.
    case existsOne = "exists_one"
    /// `r.filter(x, p)`: the elements satisfying `p`.
    case filter
    /// `r.map(x, t)` or `r.map(x, p, t)`: transformed (and optionally filtered) elements.
    case map
}
