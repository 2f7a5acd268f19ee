import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds page files: files named on the command line as they are, and `*.txt` files under folders
/// (recursively, following symbolic links once: a folder already visited is not entered again).
/// Hidden files and folders are skipped.
public enum FileDiscovery {
    public struct Found: Sendable {
        public var files: [String] = []
        public var warnings: [String] = []
    }

    public static func discover(_ paths: [String]) -> Found {
        var found = Found()
        var visited = Set<String>()
        var seenFiles = Set<String>()
        for p in paths {
            var st = stat()
            guard stat(p, &st) == 0 else {
                found.warnings.append("\(p): \(String(cString: strerror(errno))); skipped")
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(p, &found, &visited, &seenFiles)
            } else if seenFiles.insert(realPath(p) ?? p).inserted {
                found.files.append(p)
            }
        }
        return found
    }

    static func realPath(_ p: String) -> String? {
        guard let r = realpath(p, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    static func walk(_ dir: String, _ found: inout Found, _ visited: inout Set<String>, _ seenFiles: inout Set<String>) {
        guard let real = realPath(dir), visited.insert(real).inserted else {
            found.warnings.append("\(dir): folder already visited (a symbolic link loop?); not entered again")
            return
        }
        guard let d = opendir(dir) else {
            found.warnings.append("\(dir): cannot open folder: \(String(cString: strerror(errno))); skipped")
            return
        }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(d)
        for name in names.sorted() {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var st = stat()
            guard stat(path, &st) == 0 else {
                found.warnings.append("\(path): \(String(cString: strerror(errno))); skipped")
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(path, &found, &visited, &seenFiles)
            } else if (st.st_mode & S_IFMT) == S_IFREG, name.lowercased().hasSuffix(".txt") {
                if seenFiles.insert(realPath(path) ?? path).inserted { found.files.append(path) }
            }
        }
    }
}
