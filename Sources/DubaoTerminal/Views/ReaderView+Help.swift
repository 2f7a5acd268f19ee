import DubaoCore
import DubaoStore

/// The help overlay, drawn from the key map.
extension ReaderView {
    func drawHelp(_ g: inout Grid, _ state: AppState) {
        let rows = keys.helpRows
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 8
        let textWidth = rows.map { DisplayWidth.of($0.1) }.max() ?? 20
        let w = min(g.width - 2, labelWidth + textWidth + 6)
        let h = min(g.height - 2, rows.count + 4)
        let x0 = max(0, (g.width - w) / 2)
        let y0 = max(0, (g.height - h) / 2)
        let style = theme[.help]
        g.fill(x: x0, y: y0, width: w, height: h, style: style)
        g.put(box.topLeft + String(repeating: box.horizontal, count: max(0, w - 2)) + box.topRight, x: x0, y: y0, style: theme[.border].on(style.bg))
        g.put(box.bottomLeft + String(repeating: box.horizontal, count: max(0, w - 2)) + box.bottomRight, x: x0, y: y0 + h - 1,
              style: theme[.border].on(style.bg))
        for y in (y0 + 1)..<(y0 + h - 1) {
            g.put(box.vertical, x: x0, y: y, style: theme[.border].on(style.bg))
            g.put(box.vertical, x: x0 + w - 1, y: y, style: theme[.border].on(style.bg))
        }
        g.put(" 按键 Keys ", x: x0 + 2, y: y0, style: theme[.title].on(style.bg))
        // the overlay scrolls when the screen is too short for every key
        let visible = max(1, h - 4)
        let top = max(0, min(state.helpTop, rows.count - visible))
        for (i, r) in rows.dropFirst(top).prefix(visible).enumerated() {
            g.put(r.0, x: x0 + 2, y: y0 + 2 + i, style: theme[.statusKey].on(style.bg), limit: labelWidth)
            g.put(r.1, x: x0 + 4 + labelWidth, y: y0 + 2 + i, style: style, limit: max(0, w - labelWidth - 6))
        }
        let footer = rows.count > visible
            ? "j/k 滚动 scroll · \(top + 1)–\(min(rows.count, top + visible))/\(rows.count) · ? Esc 关闭 close"
            : "? / Esc 关闭 close"
        g.put(footer, x: x0 + 2, y: y0 + h - 2, style: theme[.dim].on(style.bg), limit: w - 4)
    }
}
