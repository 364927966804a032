#ifndef BUYERDESK_DB_H
#define BUYERDESK_DB_H

#include <stddef.h>
#include <stdio.h>

#include <sqlite3.h>
#include <stdint.h>

/* One SQLite connection per process (each FastCGI worker opens its own
 * after fork). Store modules reach it through db_handle(). */

int db_open(const char *path);
/* db_open, then db_prepare_all: what every process but `migrate` uses.
 * 0, or -1 (closed again) when a statement does not compile. */
int db_open_ready(const char *path);
void db_close(void);
sqlite3 *db_handle(void);

/* Applies sql/NNN_*.sql files not yet recorded in schema_migrations, in
 * order, each in its own transaction. Returns 0 or -1 (message on stderr). */
int db_migrate(const char *sql_dir);

/* Every statement of the program is declared where it is used,
 *
 *     DB_STATEMENT(find_user, "SELECT id FROM users WHERE email = ?");
 *     sqlite3_stmt *q = db_use(&find_user);
 *
 * and prepared with all the others when a process opens the database
 * (db_prepare_all(): `serve` before it forks, each worker, every command
 * but `migrate`), so SQL that does not compile stops the program at start
 * with its text and SQLite's message instead of failing one request
 * later. Each declaration puts a pointer to itself in the linker section
 * "db_statements": there is no list to keep up and no cap to reach.
 * A statement composed from pieces at start-up (the order list's
 * variants) is a family: DB_STATEMENT_FAMILY(name, n, compose) prepares
 * compose(0) .. compose(n - 1); db_use_variant(&name, i) answers one.
 * Declare them only in store files (*_store.c): SQL lives there. */
struct db_statement {
    const char *sql;                        /* NULL for a family */
    const char *(*compose)(int variant);    /* a family's text, one variant at a time */
    int variants;
    sqlite3_stmt **stmts;                   /* one per variant */
};

#define DB_REGISTER_STATEMENT(name) \
    static struct db_statement *const name##_entry __attribute__((used, section("db_statements"))) = &name
#define DB_STATEMENT(name, text) \
    static sqlite3_stmt *name##_stmt; \
    static struct db_statement name = { (text), NULL, 1, &name##_stmt }; \
    DB_REGISTER_STATEMENT(name)
#define DB_STATEMENT_FAMILY(name, count, composer) \
    static sqlite3_stmt *name##_stmts[count]; \
    static struct db_statement name = { NULL, (composer), (count), name##_stmts }; \
    DB_REGISTER_STATEMENT(name)

/* Prepares every declared statement not prepared yet. 0, or -1 after
 * printing each one that does not compile (its text and why). */
int db_prepare_all(void);

/* The statement, reset with its bindings cleared (prepared now if this
 * process never called db_prepare_all, as unit tests do). NULL (logged)
 * when it does not compile or the variant is out of range. */
sqlite3_stmt *db_use(struct db_statement *s);
sqlite3_stmt *db_use_variant(struct db_statement *s, int variant);

/* How many statements are declared (families count each variant). */
int db_statement_count(void);
/* Prints every prepared statement's text (and its query plan when
 * with_plan); answers how many. */
int db_statements_print(FILE *out, int with_plan);

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
/* Bind the named parameter (":company") where the statement has it and
 * do nothing where it has not, so that one binder serves statements that
 * use some of the parameters (the order lists' branches and variants).
 * The text is copied; NULL binds NULL. */
void db_bind_named_int64(sqlite3_stmt *st, const char *name, int64_t v);
void db_bind_named_text(sqlite3_stmt *st, const char *name, const char *text);

/* Runs a statement that returns no rows (a write) and resets it: 0 done,
 * -1 on an error. */
int db_step_done(sqlite3_stmt *st);
/* Runs a query asked only whether it has a row ("SELECT 1 ... LIMIT 1")
 * and resets it, so that it holds no read snapshot: 1 a row, 0 none, -1
 * on an error. The statement's columns are not read: a lookup that copies
 * the row steps and resets it itself. */
int db_step_exists(sqlite3_stmt *st);

/* Ends a list read with sqlite3_step: resets the statement and answers the
 * rows written (n), or -1 when the last step (rc) was an error. */
int db_list_end(sqlite3_stmt *st, int rc, int n);
const char *db_column_text(sqlite3_stmt *st, int col);  /* never NULL */

/* The connection's last error message, for logs. */
const char *db_error(void);
/* 1 inside a transaction (BEGIN ... not yet committed or rolled back). */
int db_in_transaction(void);

/* A text column into a fixed buffer, cut at a character boundary when it
 * does not fit (never half a character). DB_COPY(row->name, q, 2) for an
 * array member. */
void db_copy_text(char *dst, size_t size, sqlite3_stmt *st, int col);
#define DB_COPY(dst, st, col) db_copy_text((dst), sizeof (dst), (st), (col))

#endif
