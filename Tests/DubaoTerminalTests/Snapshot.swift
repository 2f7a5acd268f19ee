import DubaoCore
import DubaoTestSupport
import Foundation
import Testing

/// Compares text with a snapshot stored next to the tests (`__Snapshots__/NAME.txt`). A missing snapshot
/// fails the test and is written as `NAME.txt.new` for review; `RECORD_SNAPSHOTS=1` records them.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = Fixtures.root.appendingPathComponent("Tests/DubaoTerminalTests/__Snapshots__")
    let file = dir.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? text.write(to: dir.appendingPathComponent("\(name).txt.new"), atomically: true, encoding: .utf8)
        Issue.record("no snapshot \(name).txt (wrote \(name).txt.new; run with RECORD_SNAPSHOTS=1 to accept)", sourceLocation: sourceLocation)
        return
    }
    if expected != text {
        try? text.write(to: dir.appendingPathComponent("\(name).txt.new"), atomically: true, encoding: .utf8)
        let a = expected.components(separatedBy: "\n")
        let b = text.components(separatedBy: "\n")
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        Issue.record("snapshot \(name) differs at line \(first + 1):\n- \(first < a.count ? a[first] : "")\n+ \(first < b.count ? b[first] : "")",
                     sourceLocation: sourceLocation)
    }
}

/// Every line of a screen is at most `width` columns wide.
func assertFits(_ screen: String, width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    for (i, l) in screen.components(separatedBy: "\n").enumerated() {
        #expect(DisplayWidth.of(l) <= width, "line \(i + 1) is \(DisplayWidth.of(l)) columns: \(l)", sourceLocation: sourceLocation)
    }
}
