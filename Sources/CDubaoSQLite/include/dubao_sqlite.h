#ifndef DUBAO_SQLITE_H
#define DUBAO_SQLITE_H
#include <sqlite3.h>

/// Registers the FTS5 function dubao_rank(table): for a matching row, 1000000 when some hit is in the
/// headline group's columns (all but the body's, column 1), plus the number of hits (phrase instances); and dubao_first(table), where the
/// first hit is (see the source); and the FTS5 tokenizer "dubao": space-separated tokens, where `a|b` puts
/// the readings a and b at one position (see the source). Returns an SQLite result code.
int dubao_register_rank(sqlite3 *db);

/// Lets file names be URIs (`file:PATH?immutable=1`, to read a library in a folder nobody may write).
/// Takes effect only before SQLite is first used; returns an SQLite result code.
int dubao_sqlite_enable_uri(void);

/// A counter that a newer search increments, so that older ones still running stop.
typedef struct dubao_generation dubao_generation;
dubao_generation *dubao_generation_new(void);
/// Increments the counter and returns its new value.
long dubao_generation_next(dubao_generation *g);
long dubao_generation_current(dubao_generation *g);

/// Installs a progress handler on `db` that interrupts the running statement once `g` has moved past
/// `expected` (SQLITE_INTERRUPT). A NULL `g` removes it.
void dubao_sqlite_cancel_when(sqlite3 *db, dubao_generation *g, long expected);

#endif
