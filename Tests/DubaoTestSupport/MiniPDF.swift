import Foundation

/// Writes small, valid PDFs for tests: pages of Latin text in Helvetica at given places, or pages with no text
/// at all (what a scanned page is to a text extractor). Enough for poppler to read; no fonts to embed.
public enum MiniPDF {
    /// A run of text at (x, y) from the page's top-left, in points.
    public struct Text: Sendable {
        public var text: String
        public var x: Double
        public var y: Double
        public var size: Double
        public init(_ text: String, x: Double, y: Double, size: Double = 10) {
            self.text = text
            self.x = x
            self.y = y
            self.size = size
        }
    }

    /// A PDF of `pages` (each a list of texts; an empty list is a page without text), `width` × `height` points.
    public static func make(pages: [[Text]], width: Double = 600, height: Double = 800) -> Data {
        var objects: [String] = []
        // 1: catalog, 2: pages, 3: font, then a page and its contents for each page
        let kids = pages.indices.map { "\(4 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        for (k, texts) in pages.enumerated() {
            var content = ""
            for t in texts {
                let escaped = t.text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                    .replacingOccurrences(of: ")", with: "\\)")
                content += String(format: "BT /F1 %.1f Tf %.2f %.2f Td (%@) Tj ET\n", t.size, t.x, height - t.y - t.size, escaped)
            }
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(Int(width)) \(Int(height))] /Contents \(5 + 2 * k) 0 R /Resources << /Font << /F1 3 0 R >> >> >>")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream")
        }
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    /// A page of a story in two columns under a headline: lines of `words` words each.
    public static func storyPage(headline: String, lines: Int = 12) -> [Text] {
        var texts = [Text(headline, x: 40, y: 60, size: 20)]
        for col in 0..<2 {
            for k in 0..<lines {
                texts.append(Text("word\(col)\(k) body text of the page", x: 40 + Double(col) * 260, y: 100 + 14 * Double(k)))
            }
        }
        return texts
    }
}
