#ifndef BUYERDESK_DB_H
#define BUYERDESK_DB_H

#include <stddef.h>

#include <sqlite3.h>
#include <stdint.h>

/* One SQLite connection per process (each FastCGI worker opens its own
 * after fork). Store modules reach it through db_handle(). */

int db_open(const char *path);
void db_close(void);
sqlite3 *db_handle(void);

/* Applies sql/NNN_*.sql files not yet recorded in schema_migrations, in
 * order, each in its own transaction. Returns 0 or -1 (message on stderr). */
int db_migrate(const char *sql_dir);

/* Statements are prepared once per process and reused: the first call
 * prepares `sql` into *slot; every call returns it reset with bindings
 * cleared. Returns NULL (and logs) if the SQL does not compile. */
sqlite3_stmt *db_prepared(sqlite3_stmt **slot, const char *sql);

/* Ends whatever a request left open: resets statements still holding a
 * read snapshot (a stepped, un-reset statement pins an old snapshot and
 * blocks checkpoints) and rolls back a forgotten transaction. Returns 1
 * when a transaction had been left open (a bug worth logging). */
int db_release(void);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. Return 0 on success. */
int db_begin(void);
int db_commit(void);

/* Ends the write transaction a change opened: commits when ok and the
 * commit works (1); otherwise rolls back and logs "<what> rolled back:
 * <why>" (0). Every change of every page ends through here. */
int db_finish(int ok, const char *what);
void db_rollback(void);

/* Runs SQL without parameters (schema, pragmas). Returns 0 or -1. */
int db_exec(const char *sql);

/* Convenience binders that take plain C values. */
int db_bind_text(sqlite3_stmt *st, int idx, const char *text);

/* Runs a statement that returns no rows (a write) and resets it: 0 done,
 * -1 on an error. */
int db_step_done(sqlite3_stmt *st);

/* Ends a list read with sqlite3_step: resets the statement and answers the
 * rows written (n), or -1 when the last step (rc) was an error. */
int db_list_end(sqlite3_stmt *st, int rc, int n);
const char *db_column_text(sqlite3_stmt *st, int col);  /* never NULL */

/* A text column into a fixed buffer, cut at a character boundary when it
 * does not fit (never half a character). DB_COPY(row->name, q, 2) for an
 * array member. */
void db_copy_text(char *dst, size_t size, sqlite3_stmt *st, int col);
#define DB_COPY(dst, st, col) db_copy_text((dst), sizeof (dst), (st), (col))

#endif
