#include "audit/audit_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/staff_scope_store.h"

int store_audit_insert(int64_t company_id, const struct actor *actor, const char *action,
                       const char *subject, const struct audit_change *changes, size_t count, int64_t now)
{
    DB_STATEMENT(change_st, "INSERT INTO audit_log_changes (audit_id, field, before, after) VALUES (?, ?, ?, ?)");
    DB_STATEMENT(entry_st, "INSERT INTO audit_log (company_id, actor_user_id, actor_name, actor_kind, action, subject, created_at)"
        " VALUES (NULLIF(?1, 0), NULLIF(?2, 0), ?3, ?4, ?5, ?6, ?7)");
    sqlite3_stmt *q = db_use(&entry_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, actor->user_id);
    db_bind_text(q, 3, actor->label);
    db_bind_text(q, 4, actor_kind_name(actor->kind));
    db_bind_text(q, 5, action);
    db_bind_text(q, 6, subject);
    sqlite3_bind_int64(q, 7, now);
    if (sqlite3_step(q) != SQLITE_DONE) return -1;
    int64_t entry = sqlite3_last_insert_rowid(db_handle());
    for (size_t i = 0; i < count; i++) {
        q = db_use(&change_st);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, entry);
        db_bind_text(q, 2, changes[i].field);
        db_bind_text(q, 3, changes[i].before);
        db_bind_text(q, 4, changes[i].after);
        if (sqlite3_step(q) != SQLITE_DONE) return -1;
    }
    return 0;
}

static struct audit_entry *find_entry(struct audit_entry *rows, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (rows[i].id == id) return &rows[i];
    return NULL;
}

/* The changes of a page of entries in one query: ids are consecutive
 * enough that a range scan over the page is cheap and exact after the
 * lookup. */
static int attach_changes(struct audit_entry *rows, int n)
{
    if (n == 0) return 0;
    int64_t lo = rows[0].id, hi = rows[0].id;
    for (int i = 1; i < n; i++) {
        if (rows[i].id < lo) lo = rows[i].id;
        if (rows[i].id > hi) hi = rows[i].id;
    }
    DB_STATEMENT(st, "SELECT audit_id, field, before, after FROM audit_log_changes WHERE audit_id BETWEEN ? AND ? ORDER BY id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, lo);
    sqlite3_bind_int64(q, 2, hi);
    while (sqlite3_step(q) == SQLITE_ROW) {
        struct audit_entry *e = find_entry(rows, n, sqlite3_column_int64(q, 0));
        if (!e || e->change_count == AUDIT_CHANGES_MAX) continue;
        int k = e->change_count++;
        DB_COPY(e->changes[k].field, q, 1);
        DB_COPY(e->changes[k].before, q, 2);
        DB_COPY(e->changes[k].after, q, 3);
    }
    return 0;
}

int store_audit_list(int64_t company_id, int offset, struct audit_entry *out, int max)
{
    DB_STATEMENT(st, "SELECT a.id, COALESCE(a.company_id, 0), COALESCE(c.name, ''), a.actor_name, a.actor_kind, a.action,"
        "       a.subject, a.created_at"
        "  FROM audit_log a LEFT JOIN companies c ON c.id = a.company_id"
        " WHERE a.company_id = ?1"
        " ORDER BY a.created_at DESC, a.id DESC LIMIT ?2 OFFSET ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    sqlite3_bind_int(q, 3, offset);
    int n = 0;
    while (n < max && sqlite3_step(q) == SQLITE_ROW) {
        struct audit_entry *e = &out[n++];
        memset(e, 0, sizeof *e);
        e->id = sqlite3_column_int64(q, 0);
        e->company_id = sqlite3_column_int64(q, 1);
        DB_COPY(e->company, q, 2);
        DB_COPY(e->actor, q, 3);
        DB_COPY(e->actor_kind, q, 4);
        DB_COPY(e->action, q, 5);
        DB_COPY(e->subject, q, 6);
        e->created_at = sqlite3_column_int64(q, 7);
    }
    return attach_changes(out, n) == 0 ? n : -1;
}

int store_audit_count(int64_t company_id)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM audit_log WHERE company_id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    return sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
}

/* Where the entries come from, put before the action prefix test: one
 * company's (?1), or every company's; the back office's (store_bo_*) add
 * the staff scope to either (entries about no company are in a scope of
 * every company only). Separate statements rather than a "0: every
 * company" value, so a company's reader cannot be asked for all of them. */
#define ONE_COMPANY " WHERE a.company_id = ?1 AND"
#define EVERY_COMPANY " WHERE"
#define IN_STAFF_SCOPE STAFF_SCOPE_COMPANY_ID("a.company_id") " AND"
#define ACTION_PREFIX " (?2 = '' OR substr(a.action, 1, length(?2)) = ?2)"

/* The page of entries and their changes in one query: one row per change
 * (or one for an entry without any), entries kept together. ?3 and ?4:
 * limit and offset. */
#define ACTIVITY_PAGE(scope) \
    "WITH page AS (" \
    "  SELECT a.id, COALESCE(a.company_id, 0) AS company_id, COALESCE(c.name, '') AS company, a.actor_name," \
    "         a.actor_kind, a.action, a.subject, a.created_at" \
    "    FROM audit_log a LEFT JOIN companies c ON c.id = a.company_id" scope ACTION_PREFIX \
    "   ORDER BY a.created_at DESC, a.id DESC LIMIT ?3 OFFSET ?4)" \
    " SELECT p.id, p.company_id, p.company, p.actor_name, p.actor_kind, p.action, p.subject, p.created_at," \
    "        ch.id IS NOT NULL, COALESCE(ch.field, ''), COALESCE(ch.before, ''), COALESCE(ch.after, '')" \
    "   FROM page p LEFT JOIN audit_log_changes ch ON ch.audit_id = p.id" \
    "  ORDER BY p.created_at DESC, p.id DESC, ch.id"

#define ACTIVITY_COUNT(scope) "SELECT COUNT(*) FROM audit_log a" scope ACTION_PREFIX

/* Reads a page from q (ACTIVITY_PAGE, its scope bound; NULL when it did
 * not compile). */
static int read_activity(sqlite3_stmt *q, const char *action_prefix, int offset, struct audit_entry *out, int max)
{
    if (!q) return -1;
    db_bind_text(q, 2, action_prefix);
    sqlite3_bind_int(q, 3, max);
    sqlite3_bind_int(q, 4, offset);
    int n = 0, rc = SQLITE_DONE;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(q, 0);
        struct audit_entry *e = n > 0 ? &out[n - 1] : NULL;
        if (!e || e->id != id) {
            if (n == max) break;
            e = &out[n++];
            memset(e, 0, sizeof *e);
            e->id = id;
            e->company_id = sqlite3_column_int64(q, 1);
            DB_COPY(e->company, q, 2);
            DB_COPY(e->actor, q, 3);
            DB_COPY(e->actor_kind, q, 4);
            DB_COPY(e->action, q, 5);
            DB_COPY(e->subject, q, 6);
            e->created_at = sqlite3_column_int64(q, 7);
        }
        if (!sqlite3_column_int(q, 8) || e->change_count == AUDIT_CHANGES_MAX) continue;
        int k = e->change_count++;
        DB_COPY(e->changes[k].field, q, 9);
        DB_COPY(e->changes[k].before, q, 10);
        DB_COPY(e->changes[k].after, q, 11);
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return -1;
    return n;
}

int store_activity_list(int64_t company_id, const char *action_prefix, int offset, struct audit_entry *out,
                        int max)
{
    DB_STATEMENT(st, ACTIVITY_PAGE(ONE_COMPANY));
    sqlite3_stmt *q = db_use(&st);
    if (q) sqlite3_bind_int64(q, 1, company_id);
    return read_activity(q, action_prefix, offset, out, max);
}

/* q (one company's statement when company_filter > 0, else every
 * company's) with the scope and the company bound; NULL when it did not
 * compile or has no scope test. */
static sqlite3_stmt *bo_scoped(sqlite3_stmt *q, const struct staff_scope *scope, int64_t company_filter)
{
    if (staff_scope_bind(q, scope) != 0) return NULL;
    if (company_filter > 0) sqlite3_bind_int64(q, 1, company_filter);
    return q;
}

int store_bo_activity_list(const struct staff_scope *scope, int64_t company_filter, const char *action_prefix,
                           int offset, struct audit_entry *out, int max)
{
    DB_STATEMENT(every, ACTIVITY_PAGE(EVERY_COMPANY IN_STAFF_SCOPE));
    DB_STATEMENT(one, ACTIVITY_PAGE(ONE_COMPANY IN_STAFF_SCOPE));
    sqlite3_stmt *q = company_filter > 0 ? db_use(&one)
                                         : db_use(&every);
    return read_activity(bo_scoped(q, scope, company_filter), action_prefix, offset, out, max);
}

/* Counts what q (ACTIVITY_COUNT, its scope bound; NULL when it did not
 * compile) matches. */
static int count_activity(sqlite3_stmt *q, const char *action_prefix)
{
    if (!q) return -1;
    db_bind_text(q, 2, action_prefix);
    return sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
}

int store_activity_count(int64_t company_id, const char *action_prefix)
{
    DB_STATEMENT(st, ACTIVITY_COUNT(ONE_COMPANY));
    sqlite3_stmt *q = db_use(&st);
    if (q) sqlite3_bind_int64(q, 1, company_id);
    return count_activity(q, action_prefix);
}

int store_bo_activity_count(const struct staff_scope *scope, int64_t company_filter, const char *action_prefix)
{
    DB_STATEMENT(every, ACTIVITY_COUNT(EVERY_COMPANY IN_STAFF_SCOPE));
    DB_STATEMENT(one, ACTIVITY_COUNT(ONE_COMPANY IN_STAFF_SCOPE));
    sqlite3_stmt *q = company_filter > 0 ? db_use(&one)
                                         : db_use(&every);
    return count_activity(bo_scoped(q, scope, company_filter), action_prefix);
}
