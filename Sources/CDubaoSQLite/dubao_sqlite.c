#include "dubao_sqlite.h"
#include <string.h>

/// The fts5_api of a connection, through the documented `SELECT fts5(?1)` pointer binding.
static fts5_api *fts5_api_of(sqlite3 *db) {
    fts5_api *api = 0;
    sqlite3_stmt *stmt = 0;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, 0) != SQLITE_OK) return 0;
    sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

/* The index's columns (SearchIndex): h, b, hi, hp. Every column but the body's holds the headline group. */
#define DUBAO_BODY_COLUMN 1

static void dubao_rank(const Fts5ExtensionApi *x, Fts5Context *ctx, sqlite3_context *out, int nVal, sqlite3_value **vals) {
    (void)nVal;
    (void)vals;
    int n = 0;
    if (x->xInstCount(ctx, &n) != SQLITE_OK) { sqlite3_result_int64(out, 0); return; }
    int headline = 0;
    for (int i = 0; i < n && !headline; i++) {
        int phrase, col, off;
        if (x->xInst(ctx, i, &phrase, &col, &off) == SQLITE_OK && col != DUBAO_BODY_COLUMN) headline = 1;
    }
    sqlite3_result_int64(out, (sqlite3_int64)headline * 1000000 + n);
}

/// dubao_first(table): where the first hit is, for a snippet: column << 48 | length in tokens << 32 | token
/// offset; a hit in the body (column 1) is preferred to one in the headline group's columns. -1 when none.
static void dubao_first(const Fts5ExtensionApi *x, Fts5Context *ctx, sqlite3_context *out, int nVal, sqlite3_value **vals) {
    (void)nVal;
    (void)vals;
    int n = 0;
    sqlite3_int64 best = -1;
    if (x->xInstCount(ctx, &n) == SQLITE_OK) {
        for (int i = 0; i < n; i++) {
            int phrase, col, off;
            if (x->xInst(ctx, i, &phrase, &col, &off) != SQLITE_OK) continue;
            sqlite3_int64 len = x->xPhraseSize(ctx, phrase);
            sqlite3_int64 v = ((sqlite3_int64)col << 48) | (len << 32) | (sqlite3_int64)off;
            int body = col == DUBAO_BODY_COLUMN;
            if (best < 0) best = v;
            else {
                int bestBody = (best >> 48) == DUBAO_BODY_COLUMN;
                if ((body && !bestBody) || (body == bestBody && (v & 0xFFFFFFFF) < (best & 0xFFFFFFFF) && (v >> 48) == (best >> 48))) best = v;
            }
            if (body) break;
        }
    }
    sqlite3_result_int64(out, best);
}

/* The "dubao" tokenizer. Its input is already tokenized and folded by DubaoCore (SearchTokens.columns):
   tokens separated by spaces (or tabs and newlines). A token may hold several readings separated by '|'
   (`xing|hang`): the first is the token, the others are colocated with it (FTS5_TOKEN_COLOCATED), so a
   phrase query matches any reading at that position. Queries are tokenized the same way, without '|'. */

static int words_create(void *ctx, const char **args, int nArgs, Fts5Tokenizer **out) {
    (void)ctx;
    (void)args;
    (void)nArgs;
    static int instance;
    *out = (Fts5Tokenizer *)&instance;
    return SQLITE_OK;
}

static void words_delete(Fts5Tokenizer *t) { (void)t; }

static int is_separator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int words_tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text, int n,
                          int (*token)(void *, int, const char *, int, int, int)) {
    (void)t;
    (void)flags;
    int i = 0;
    while (i < n) {
        while (i < n && is_separator(text[i])) i++;
        int start = i;
        while (i < n && !is_separator(text[i])) i++;
        int first = 1;
        int from = start;
        for (int j = start; j <= i && i > start; j++) {
            if (j < i && text[j] != '|') continue;
            if (j > from) {
                int rc = token(ctx, first ? 0 : FTS5_TOKEN_COLOCATED, text + from, j - from, start, i);
                if (rc != SQLITE_OK) return rc;
                first = 0;
            }
            from = j + 1;
        }
    }
    return SQLITE_OK;
}

int dubao_register_rank(sqlite3 *db) {
    fts5_api *api = fts5_api_of(db);
    if (!api || api->iVersion < 2) return SQLITE_ERROR;
    fts5_tokenizer words = {words_create, words_delete, words_tokenize};
    int rc = api->xCreateTokenizer(api, "dubao", 0, &words, 0);
    if (rc != SQLITE_OK) return rc;
    rc = api->xCreateFunction(api, "dubao_rank", 0, dubao_rank, 0);
    if (rc != SQLITE_OK) return rc;
    return api->xCreateFunction(api, "dubao_first", 0, dubao_first, 0);
}

int dubao_sqlite_enable_uri(void) { return sqlite3_config(SQLITE_CONFIG_URI, 1); }

#include <stdatomic.h>
#include <stdlib.h>

struct dubao_generation { _Atomic long value; };

dubao_generation *dubao_generation_new(void) {
    dubao_generation *g = calloc(1, sizeof *g);
    return g;
}

long dubao_generation_next(dubao_generation *g) { return atomic_fetch_add(&g->value, 1) + 1; }
long dubao_generation_current(dubao_generation *g) { return atomic_load(&g->value); }

struct dubao_cancel { dubao_generation *g; long expected; };
static _Thread_local struct dubao_cancel cancel_state;

static int dubao_progress(void *p) {
    struct dubao_cancel *c = (struct dubao_cancel *)p;
    return c->g != NULL && atomic_load(&c->g->value) != c->expected;
}

void dubao_sqlite_cancel_when(sqlite3 *db, dubao_generation *g, long expected) {
    if (g == NULL) { sqlite3_progress_handler(db, 0, NULL, NULL); return; }
    cancel_state.g = g;
    cancel_state.expected = expected;
    sqlite3_progress_handler(db, 500, dubao_progress, &cancel_state);
}
