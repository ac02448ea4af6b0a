import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Walks the report's markup with XMLParser and records structural problems: duplicate ids, skipped heading levels,
/// tables without captions or headers, headers without scope, unlabelled SVG and links to ids that do not exist.
final class HTMLStructureChecker: NSObject, XMLParserDelegate {
    private(set) var problems: [String] = []
    private(set) var attributes: [(element: String, name: String, value: String)] = []
    private(set) var styleText = ""
    private var counts: [String: Int] = [:]
    private var ids: Set<String> = []
    private var fragments: [String] = []
    private var lastHeading = 0
    private var stack: [String] = []
    private var tables: [(caption: Bool, headers: Int)] = []
    private var svgLabel: String?
    private var svgTitleIDs: Set<String> = []

    func count(_ element: String) -> Int { counts[element, default: 0] }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes dict: [String: String] = [:]) {
        counts[name, default: 0] += 1
        stack.append(name)
        for (key, value) in dict { attributes.append((name, key, value)) }
        if let id = dict["id"], !ids.insert(id).inserted { problems.append("duplicate id \(id)") }
        if let href = dict["href"], href.hasPrefix("#") { fragments.append(String(href.dropFirst())) }
        if name == "html", dict["lang"] != "en-GB" { problems.append("html lang is not en-GB") }
        if name.count == 2, name.hasPrefix("h"), let level = Int(name.dropFirst()) {
            if level > lastHeading + 1 { problems.append("\(name) follows h\(lastHeading)") }
            lastHeading = level
        }
        switch name {
        case "table": tables.append((false, 0))
        case "caption": if !tables.isEmpty { tables[tables.count - 1].caption = true }
        case "th":
            if !tables.isEmpty { tables[tables.count - 1].headers += 1 }
            if dict["scope"] == nil { problems.append("th without scope") }
        case "svg":
            if dict["role"] != "img" { problems.append("svg without role=img") }
            svgLabel = dict["aria-labelledby"] ?? dict["aria-label"]
            if svgLabel == nil { problems.append("svg without a label") }
        case "title" where stack.contains("svg"):
            if let id = dict["id"] { svgTitleIDs.insert(id) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        if name == "table", let table = tables.popLast() {
            if !table.caption { problems.append("table without caption") }
            if table.headers == 0 { problems.append("table without headers") }
        }
        if name == "svg", let label = svgLabel, !label.contains(" "), !svgTitleIDs.contains(label), label.hasPrefix("policy-") {
            problems.append("svg labelled by missing title \(label)")
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if stack.last == "style" { styleText += string }
    }

    func parserDidEndDocument(_ parser: XMLParser) {
        for fragment in fragments where !ids.contains(fragment) { problems.append("link to missing id #\(fragment)") }
    }
}
