import CDubaoSQLite
import GRDB

extension Database {
    /// This connection's SQLite handle, for reads stepped through SQLite's own calls (`SQLiteHandle`): the reads
    /// of thousands of rows or of hundreds of integers that a whole process waits for (the outline, a search),
    /// and the checks made when a library is opened, where GRDB's statement machinery and `Row`s cost more than
    /// the statements.
    var handle: SQLiteHandle { SQLiteHandle(raw: sqliteConnection!) }
}
