import Foundation

/// Paths of the package and its test fixtures, found from this source file's location.
public enum Fixtures {
    /// The package root (the folder holding Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    public static var seeds: URL { root.appendingPathComponent("seeds") }
    public static var pages: URL { root.appendingPathComponent("Tests/Fixtures/pages") }
    public static var gold: URL { root.appendingPathComponent("Tests/Fixtures/gold-seeds.json") }

    /// `text` hard-wrapped every `width` characters, as a column of a text dump prints it (for invented pages).
    public static func column(_ text: String, width: Int) -> String {
        let c = Array(text)
        return stride(from: 0, to: c.count, by: width).map { String(c[$0..<min($0 + width, c.count)]) }.joined(separator: "\n")
    }

    public static func text(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// The seed page files, sorted.
    public static var seedFiles: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    /// The development sets' page folders (`../shared/dev/set*/seeds` beside the package), when this machine has
    /// them: pages of another paper, read where they are for evaluation, never copied into the repository.
    public static var devPageFolders: [URL] {
        let dev = root.deletingLastPathComponent().appendingPathComponent("shared/dev")
        let sets = (try? FileManager.default.contentsOfDirectory(at: dev, includingPropertiesForKeys: nil)) ?? []
        return sets.map { $0.appendingPathComponent("seeds") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }.sorted { $0.path < $1.path }
    }

    /// A fresh temporary folder, inside this test run's folder (`runFolder`).
    public static func temporaryFolder(_ name: String = "dubao-test") -> URL {
        let url = runFolder.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder of this test process's temporary folders (`dubao-tests/PID` in the temporary directory), removed
    /// when the process ends; one a run left behind (stopped, crashed) is removed by the next run once its process
    /// is gone. Libraries, pages and terminals of thousands of tests otherwise stay in /tmp.
    public static let runFolder: URL = {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("dubao-tests")
        try? FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? [] {
            guard let pid = Int32(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
        let url = base.appendingPathComponent(String(getpid()))
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("dubao-tests/\(getpid())")
            try? FileManager.default.removeItem(at: url)
        }
        return url
    }()
}
