#include "base/db.h"
#include "base/utf8.h"
#include "base/clock.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static sqlite3 *conn;

/* The statements handed out since the last write (reset_handed_out). */
#define HANDED_OUT_KEPT 256
static sqlite3_stmt *handed_out[HANDED_OUT_KEPT];
static int n_handed_out, handed_out_overflowed;

/* The linker's bounds of the "db_statements" section (DB_STATEMENT). A
 * program that declares none still links: the weak symbols are NULL. */
extern struct db_statement *const __start_db_statements[] __attribute__((weak));
extern struct db_statement *const __stop_db_statements[] __attribute__((weak));

static void finalize_declared(void)
{
    for (struct db_statement *const *e = __start_db_statements; e && e < __stop_db_statements; e++)
        for (int v = 0; v < (*e)->variants; v++) {
            sqlite3_finalize((*e)->stmts[v]);
            (*e)->stmts[v] = NULL;
        }
}

int db_open(const char *path)
{
    /* Each process has one connection, used by its one thread: no mutex
     * around every call (NOMUTEX), and no allocation statistics, whose
     * upkeep takes a global mutex on every SQLite malloc and free
     * (MEMSTATUS; settable only before SQLite initializes, so once). */
    static int configured;
    if (!configured) {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        configured = 1;
    }
    if (sqlite3_open_v2(path, &conn, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        fprintf(stderr, "db: cannot open %s: %s\n", path, conn ? sqlite3_errmsg(conn) : "out of memory");
        sqlite3_close(conn);
        conn = NULL;
        return -1;
    }
    sqlite3_busy_timeout(conn, 5000);
    /* cache_size: 32 MB of pages per process (SQLite's default is 2 MB);
     * the order lists of the 64 busiest customers of a 2 GB database read
     * about 20 MB of pages, and each page not in the cache is a read().
     * temp_store: statement journals and sorts spill to memory. A statement
     * that changes several rows in a transaction keeps a journal to undo
     * itself alone; on disk that was a file created and unlinked in
     * /var/tmp for every order placed (seven system calls and a file
     * system journal entry), holding a few pages at most. */
    if (db_exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"
                " PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;") != 0) {
        db_close();
        return -1;
    }
    return 0;
}

int db_open_ready(const char *path)
{
    if (db_open(path) != 0) return -1;
    if (db_prepare_all() == 0) return 0;
    fprintf(stderr, "db: %s does not match this program (was `buyerdesk migrate` run?)\n", path);
    db_close();
    return -1;
}

void db_close(void)
{
    n_handed_out = 0;
    handed_out_overflowed = 0;
    finalize_declared();
    if (conn) sqlite3_close(conn);
    conn = NULL;
}

sqlite3 *db_handle(void) { return conn; }

int db_exec(const char *sql)
{
    char *err = NULL;
    if (sqlite3_exec(conn, sql, NULL, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "db: %s\n", err ? err : sqlite3_errmsg(conn));
        sqlite3_free(err);
        return -1;
    }
    return 0;
}

/* A statement stepped to a row and not reset keeps the connection's read
 * snapshot open. A write on that connection after another process has
 * written then fails at once with SQLITE_BUSY (the snapshot is stale; the
 * busy timeout does not help). Store functions read rows into memory
 * before writing, so resetting every open reader before a write is safe
 * and keeps that rule in one place. */
static void reset_open_readers(const sqlite3_stmt *except)
{
    for (sqlite3_stmt *st = sqlite3_next_stmt(conn, NULL); st; st = sqlite3_next_stmt(conn, st))
        if (st != except && sqlite3_stmt_busy(st)) sqlite3_reset(st);
}

/* Only a statement handed out since the last write (or the request's
 * start) can be open, so those are the ones looked at: walking all 440
 * statements before each of an order's fifty writes was 6% of placing
 * it. Past HANDED_OUT_KEPT (see the top), every statement is. */
static void reset_handed_out(const sqlite3_stmt *except)
{
    if (handed_out_overflowed) {
        reset_open_readers(except);
    } else {
        for (int i = 0; i < n_handed_out; i++)
            if (handed_out[i] != except && sqlite3_stmt_busy(handed_out[i])) sqlite3_reset(handed_out[i]);
    }
    n_handed_out = 0;
    handed_out_overflowed = 0;
}

static sqlite3_stmt *ready(sqlite3_stmt *st)
{
    if (!sqlite3_stmt_readonly(st)) reset_handed_out(st);
    if (n_handed_out < HANDED_OUT_KEPT) handed_out[n_handed_out++] = st;
    else handed_out_overflowed = 1;
    return st;
}

static int prepare_variant(struct db_statement *s, int v, int quiet)
{
    const char *sql = s->sql ? s->sql : s->compose(v);
    if (sqlite3_prepare_v3(conn, sql, -1, SQLITE_PREPARE_PERSISTENT, &s->stmts[v], NULL) == SQLITE_OK) return 0;
    if (!quiet) fprintf(stderr, "db: a statement does not compile: %s\n  in: %s\n", sqlite3_errmsg(conn), sql);
    s->stmts[v] = NULL;
    return -1;
}

/* One renamed column breaks dozens of statements: the first few say
 * what is wrong, the count says how much. */
#define PREPARE_ERRORS_SHOWN 3

int db_prepare_all(void)
{
    int failed = 0;
    for (struct db_statement *const *e = __start_db_statements; e && e < __stop_db_statements; e++)
        for (int v = 0; v < (*e)->variants; v++)
            if (!(*e)->stmts[v] && prepare_variant(*e, v, failed >= PREPARE_ERRORS_SHOWN) != 0) failed++;
    if (failed > PREPARE_ERRORS_SHOWN)
        fprintf(stderr, "db: and %d more statements do not compile\n", failed - PREPARE_ERRORS_SHOWN);
    return failed ? -1 : 0;
}

/* `buyerdesk statements`: each prepared statement's text, and with
 * with_plan SQLite's EXPLAIN QUERY PLAN of it (parameters unbound), for
 * reading plans against a large database. */
int db_statements_print(FILE *out, int with_plan)
{
    int n = 0;
    for (struct db_statement *const *e = __start_db_statements; e && e < __stop_db_statements; e++)
        for (int v = 0; v < (*e)->variants; v++) {
            sqlite3_stmt *st = (*e)->stmts[v];
            if (!st) continue;
            fprintf(out, "-- statement %d\n%s;\n", ++n, sqlite3_sql(st));
            if (!with_plan) continue;
            char *eqp = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", sqlite3_sql(st));
            sqlite3_stmt *plan = NULL;
            if (eqp && sqlite3_prepare_v2(conn, eqp, -1, &plan, NULL) == SQLITE_OK)
                while (sqlite3_step(plan) == SQLITE_ROW)
                    fprintf(out, "--   %d %d %s\n", sqlite3_column_int(plan, 0), sqlite3_column_int(plan, 1),
                            (const char *)sqlite3_column_text(plan, 3));
            sqlite3_finalize(plan);
            sqlite3_free(eqp);
        }
    return n;
}

int db_statement_count(void)
{
    int n = 0;
    for (struct db_statement *const *e = __start_db_statements; e && e < __stop_db_statements; e++) n += (*e)->variants;
    return n;
}

sqlite3_stmt *db_use_variant(struct db_statement *s, int variant)
{
    if (variant < 0 || variant >= s->variants) {
        fprintf(stderr, "db: statement variant %d of %d\n", variant, s->variants);
        return NULL;
    }
    sqlite3_stmt *st = s->stmts[variant];
    if (!st) {
        if (prepare_variant(s, variant, 0) != 0) return NULL;
        return ready(s->stmts[variant]);
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return ready(st);
}

sqlite3_stmt *db_use(struct db_statement *s) { return db_use_variant(s, 0); }

int db_release(void)
{
    if (!conn) return 0;
    reset_handed_out(NULL);
    if (sqlite3_get_autocommit(conn)) return 0;
    sqlite3_exec(conn, "ROLLBACK", NULL, NULL, NULL);
    return 1;
}

int db_begin(void)
{
    reset_handed_out(NULL);
    return db_exec("BEGIN IMMEDIATE");
}
int db_commit(void) { return db_exec("COMMIT"); }
void db_rollback(void)
{
    if (!sqlite3_get_autocommit(conn)) sqlite3_exec(conn, "ROLLBACK", NULL, NULL, NULL);
}

const char *db_error(void) { return conn ? sqlite3_errmsg(conn) : "no database open"; }
int db_in_transaction(void) { return conn && !sqlite3_get_autocommit(conn); }

int db_bind_text(sqlite3_stmt *st, int idx, const char *text)
{
    return sqlite3_bind_text(st, idx, text ? text : "", -1, SQLITE_TRANSIENT);
}

void db_bind_named_int64(sqlite3_stmt *st, const char *name, int64_t v)
{
    int i = sqlite3_bind_parameter_index(st, name);
    if (i > 0) sqlite3_bind_int64(st, i, v);
}

void db_bind_named_text(sqlite3_stmt *st, const char *name, const char *text)
{
    int i = sqlite3_bind_parameter_index(st, name);
    if (i > 0) sqlite3_bind_text(st, i, text, -1, SQLITE_TRANSIENT);
}

const char *db_column_text(sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return t ? (const char *)t : "";
}

/* --- migrations ------------------------------------------------------- */

static int is_migration_name(const char *name)
{
    size_t n = strlen(name);
    return n > 7 && name[0] >= '0' && name[0] <= '9' && strcmp(name + n - 4, ".sql") == 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = size >= 0 ? malloc((size_t)size + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)size, f) != (size_t)size) {
        free(buf);
        buf = NULL;
    }
    if (buf) buf[size] = '\0';
    fclose(f);
    return buf;
}

static int migration_applied(const char *name)
{
    sqlite3_stmt *st = NULL;
    int applied = 0;
    if (sqlite3_prepare_v2(conn, "SELECT 1 FROM schema_migrations WHERE name = ?", -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    applied = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return applied;
}

static int apply_migration(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *sql = read_file(path);
    if (!sql) {
        fprintf(stderr, "migrate: cannot read %s\n", path);
        return -1;
    }
    int rc = db_begin();
    if (rc == 0) rc = db_exec(sql);
    if (rc == 0) {
        sqlite3_stmt *st = NULL;
        rc = sqlite3_prepare_v2(conn, "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                                -1, &st, NULL) == SQLITE_OK ? 0 : -1;
        if (rc == 0) {
            sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 2, clock_now());
            rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
        }
        sqlite3_finalize(st);
    }
    if (rc == 0) rc = db_commit();
    if (rc != 0) {
        db_rollback();
        fprintf(stderr, "migrate: %s failed\n", name);
    } else {
        fprintf(stderr, "migrate: applied %s\n", name);
    }
    free(sql);
    return rc;
}

int db_migrate(const char *sql_dir)
{
    if (db_exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                " name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)") != 0)
        return -1;
    DIR *d = opendir(sql_dir);
    if (!d) {
        fprintf(stderr, "migrate: cannot open %s\n", sql_dir);
        return -1;
    }
    char *names[1024];
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && count < 1024)
        if (is_migration_name(e->d_name)) names[count++] = strdup(e->d_name);
    closedir(d);
    qsort(names, (size_t)count, sizeof names[0], compare_names);

    int rc = 0;
    for (int i = 0; i < count; i++) {
        if (rc == 0) {
            int applied = migration_applied(names[i]);
            if (applied < 0) rc = -1;
            else if (!applied) rc = apply_migration(sql_dir, names[i]);
        }
        free(names[i]);
    }
    return rc;
}

int db_list_end(sqlite3_stmt *st, int rc, int n)
{
    sqlite3_reset(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? n : -1;
}

/* One step, then the reset (a reset keeps the step's error code and
 * message for db_error(), and the changes and last rowid of a write). */
static int step_reset(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc;
}

int db_step_done(sqlite3_stmt *st)
{
    return step_reset(st) == SQLITE_DONE ? 0 : -1;
}

int db_step_exists(sqlite3_stmt *st)
{
    int rc = step_reset(st);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

void db_copy_text(char *dst, size_t size, sqlite3_stmt *st, int col)
{
    utf8_copy(dst, size, db_column_text(st, col));
}

int db_finish(int ok, const char *what)
{
    if (ok && db_commit() == 0) return 1;
    fprintf(stderr, "%s rolled back: %s\n", what, sqlite3_errmsg(db_handle()));
    db_rollback();
    return 0;
}
