#include "lists/list_schedules_store.h"

#include <string.h>

#include "base/db.h"
#include "base/permissions.h"

static const char *const kinds[] = { "days", "weeks", "months" };

static int64_t day_or_none(sqlite3_stmt *q, int col, int64_t none)
{
    return sqlite3_column_type(q, col) == SQLITE_NULL ? none : sqlite3_column_int64(q, col);
}

static void bind_day(sqlite3_stmt *q, int idx, int64_t day, int64_t none)
{
    if (day == none) sqlite3_bind_null(q, idx);
    else sqlite3_bind_int64(q, idx, day);
}

#define SCHEDULE_COLUMNS \
    "s.list_id, s.company_id, s.kind, s.every, s.weekday, s.month_day, s.start_day, s.end_day, s.action," \
    " COALESCE(s.ship_to_address_id, 0), s.po_pattern, s.payment_method, s.status, s.paused_reason," \
    " s.handled_day, s.next_day, l.owner_user_id, l.name"

static void read_schedule(sqlite3_stmt *q, struct list_schedule_row *s)
{
    memset(s, 0, sizeof *s);
    s->list_id = sqlite3_column_int64(q, 0);
    s->company_id = sqlite3_column_int64(q, 1);
    const char *kind = db_column_text(q, 2);
    s->when.kind = SCHEDULE_DAYS;
    for (int i = 0; i < 3; i++)
        if (strcmp(kind, kinds[i]) == 0) s->when.kind = (enum schedule_kind)i;
    s->when.every = sqlite3_column_int(q, 3);
    s->when.weekday = sqlite3_column_int(q, 4);
    s->when.month_day = sqlite3_column_int(q, 5);
    s->when.start_day = sqlite3_column_int64(q, 6);
    s->when.end_day = day_or_none(q, 7, SCHEDULE_NO_END);
    DB_COPY(s->action, q, 8);
    s->ship_to_address_id = sqlite3_column_int64(q, 9);
    DB_COPY(s->po_pattern, q, 10);
    DB_COPY(s->payment_method, q, 11);
    DB_COPY(s->status, q, 12);
    DB_COPY(s->paused_reason, q, 13);
    s->handled_day = day_or_none(q, 14, SCHEDULE_NONE);
    s->next_day = day_or_none(q, 15, SCHEDULE_NONE);
    s->owner_user_id = sqlite3_column_int64(q, 16);
    DB_COPY(s->list_name, q, 17);
}

int store_list_schedule_get(int64_t company_id, int64_t list_id, struct list_schedule_row *out)
{
    DB_STATEMENT(st, "SELECT " SCHEDULE_COLUMNS " FROM list_schedules s JOIN shopping_lists l ON l.id = s.list_id"
        " WHERE s.list_id = ? AND s.company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    sqlite3_bind_int64(q, 2, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_schedule(q, out);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_list_schedule_save(const struct list_schedule_row *s, int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO list_schedules (list_id, company_id, kind, every, weekday, month_day, start_day, end_day,"
        "   action, ship_to_address_id, po_pattern, payment_method, status, paused_reason, handled_day, next_day, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'active', '', ?13, ?14, ?15)"
        " ON CONFLICT (list_id) DO UPDATE SET kind = excluded.kind, every = excluded.every, weekday = excluded.weekday,"
        "   month_day = excluded.month_day, start_day = excluded.start_day, end_day = excluded.end_day,"
        "   action = excluded.action, ship_to_address_id = excluded.ship_to_address_id, po_pattern = excluded.po_pattern,"
        "   payment_method = excluded.payment_method, status = 'active', paused_reason = '',"
        "   handled_day = excluded.handled_day, next_day = excluded.next_day, updated_at = excluded.updated_at"
        " WHERE list_schedules.company_id = excluded.company_id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, s->list_id);
    sqlite3_bind_int64(q, 2, s->company_id);
    db_bind_text(q, 3, kinds[s->when.kind]);
    sqlite3_bind_int(q, 4, s->when.every);
    sqlite3_bind_int(q, 5, s->when.weekday);
    sqlite3_bind_int(q, 6, s->when.month_day);
    sqlite3_bind_int64(q, 7, s->when.start_day);
    bind_day(q, 8, s->when.end_day, SCHEDULE_NO_END);
    db_bind_text(q, 9, s->action);
    if (s->ship_to_address_id > 0) sqlite3_bind_int64(q, 10, s->ship_to_address_id);
    else sqlite3_bind_null(q, 10);
    db_bind_text(q, 11, s->po_pattern);
    db_bind_text(q, 12, s->payment_method);
    bind_day(q, 13, s->handled_day, SCHEDULE_NONE);
    bind_day(q, 14, s->next_day, SCHEDULE_NONE);
    sqlite3_bind_int64(q, 15, now);
    return db_step_done(q);
}

int store_list_schedule_delete(int64_t company_id, int64_t list_id)
{
    DB_STATEMENT(st, "DELETE FROM list_schedules WHERE list_id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    sqlite3_bind_int64(q, 2, company_id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

int store_list_schedule_advance(int64_t company_id, int64_t list_id, int64_t handled_day, int64_t next_day, int64_t now)
{
    DB_STATEMENT(st, "UPDATE list_schedules SET handled_day = ?, next_day = ?, updated_at = ? WHERE list_id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    bind_day(q, 1, handled_day, SCHEDULE_NONE);
    bind_day(q, 2, next_day, SCHEDULE_NONE);
    sqlite3_bind_int64(q, 3, now);
    sqlite3_bind_int64(q, 4, list_id);
    sqlite3_bind_int64(q, 5, company_id);
    return db_step_done(q);
}

int store_list_schedule_pause(int64_t company_id, int64_t list_id, const char *reason, int64_t now)
{
    DB_STATEMENT(st, "UPDATE list_schedules SET status = 'paused', paused_reason = ?, updated_at = ? WHERE list_id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, reason);
    sqlite3_bind_int64(q, 2, now);
    sqlite3_bind_int64(q, 3, list_id);
    sqlite3_bind_int64(q, 4, company_id);
    return db_step_done(q);
}

int store_job_list_schedules_due(int64_t today, struct list_schedule_row *out, int max)
{
    DB_STATEMENT(st, "SELECT " SCHEDULE_COLUMNS " FROM list_schedules s JOIN shopping_lists l ON l.id = s.list_id"
        " WHERE s.status = 'active' AND s.next_day IS NOT NULL AND s.next_day <= ? ORDER BY s.next_day, s.list_id LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, today);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) read_schedule(q, &out[n++]);
    if (n == max) rc = SQLITE_DONE;
    return db_list_end(q, rc, n);
}

int store_list_run_record(int64_t company_id, int64_t list_id, int64_t due_day, const char *outcome,
                          const char *order_number, const char *reason, int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO list_runs (company_id, list_id, due_day, outcome, order_number, reason, ran_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (list_id, due_day) DO NOTHING");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, list_id);
    sqlite3_bind_int64(q, 3, due_day);
    db_bind_text(q, 4, outcome);
    db_bind_text(q, 5, order_number ? order_number : "");
    db_bind_text(q, 6, reason ? reason : "");
    sqlite3_bind_int64(q, 7, now);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

int store_list_run_exists(int64_t company_id, int64_t list_id, int64_t due_day)
{
    DB_STATEMENT(st, "SELECT 1 FROM list_runs WHERE list_id = ? AND due_day = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    sqlite3_bind_int64(q, 2, due_day);
    sqlite3_bind_int64(q, 3, company_id);
    return db_step_exists(q);
}

int store_list_runs(int64_t company_id, int64_t list_id, struct list_run_row *out, int max)
{
    DB_STATEMENT(st, "SELECT due_day, outcome, order_number, reason, ran_at FROM list_runs"
        " WHERE list_id = ? AND company_id = ? ORDER BY due_day DESC LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int(q, 3, max);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) {
        struct list_run_row *r = &out[n++];
        r->due_day = sqlite3_column_int64(q, 0);
        DB_COPY(r->outcome, q, 1);
        DB_COPY(r->order_number, q, 2);
        DB_COPY(r->reason, q, 3);
        r->ran_at = sqlite3_column_int64(q, 4);
    }
    return db_list_end(q, rc, n);
}

static void read_owner(sqlite3_stmt *q, struct list_owner *o)
{
    memset(o, 0, sizeof *o);
    o->user_id = sqlite3_column_int64(q, 0);
    DB_COPY(o->name, q, 1);
    DB_COPY(o->email, q, 2);
    o->permissions = (unsigned)sqlite3_column_int64(q, 3);
    o->active = sqlite3_column_int(q, 4);
}

#define OWNER_SQL \
    "SELECT u.id, u.name, u.email, r.permissions, m.status = 'active' AND u.status = 'active'" \
    "  FROM memberships m JOIN users u ON u.id = m.user_id JOIN roles r ON r.id = m.role_id" \
    " WHERE m.company_id = ?1"

int store_list_owner(int64_t company_id, int64_t user_id, struct list_owner *out)
{
    DB_STATEMENT(st, OWNER_SQL " AND m.user_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_owner(q, out);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_list_company_admins(int64_t company_id, struct list_owner *out, int max)
{
    DB_STATEMENT(st, OWNER_SQL " AND m.status = 'active' AND u.status = 'active' AND (r.permissions & ?2) <> 0 ORDER BY u.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, PERM_MANAGE_MEMBERS);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) read_owner(q, &out[n++]);
    return db_list_end(q, rc, n);
}

int store_list_schedule_resume(int64_t company_id, int64_t list_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE list_schedules SET status = 'active', paused_reason = '', updated_at = ?"
        " WHERE list_id = ? AND company_id = ? AND status = 'paused'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, list_id);
    sqlite3_bind_int64(q, 3, company_id);
    return db_step_done(q);
}

int store_list_member_by_email(int64_t company_id, const char *email, int64_t *user_id)
{
    DB_STATEMENT(st, "SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id AND m.company_id = ?"
        " WHERE u.email = ? AND m.status = 'active' AND u.status = 'active'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, email);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *user_id = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}
