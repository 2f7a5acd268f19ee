import Foundation

/// The process's own memory figures, from /proc.
public enum Memory {
    /// Peak resident set size in bytes (VmHWM), or 0 where /proc is not there.
    public static var peakResident: Int {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kb * 1024
        }
        return 0
    }
}
