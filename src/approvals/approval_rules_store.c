/* Approval rules SQL (approvals/approval_rules_store.h). */
#include "approvals/approval_rules_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

/* Names are cut at a character boundary when they do not fit. */

/* Ends a list: the rows read, or -1 when stepping failed before the end. */
static int list_end(sqlite3_stmt *q, int n, int max, int rc)
{
    if (n < max && rc != SQLITE_DONE) n = -1;
    sqlite3_reset(q);
    return n;
}

/* --- Rules ------------------------------------------------------------------ */

/* The rules a load covers: ?1 company, ?2 one rule (0: all), ?3 active only. */
#define RULES_IN \
    " (SELECT id FROM approval_rules WHERE company_id = ?1 AND (?2 = 0 OR id = ?2) AND (?3 = 0 OR active = 1))"

static void bind_scope(sqlite3_stmt *q, int64_t company_id, int64_t rule_id, int active_only)
{
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, rule_id);
    sqlite3_bind_int(q, 3, active_only ? 1 : 0);
}

static struct ar_rule *rule_by_id(struct ar_rule *rules, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (rules[i].id == id) return &rules[i];
    return NULL;
}

static int load_conditions(int64_t company_id, int64_t rule_id, int active_only, struct ar_rule *rules, int n)
{
    DB_STATEMENT(st, "SELECT c.rule_id, c.kind, c.op, c.amount, c.amount2, c.sku, COALESCE(c.category_id, 0),"
        " COALESCE(cat.name, ''), c.period, c.period_days"
        " FROM approval_rule_conditions c LEFT JOIN categories cat ON cat.id = c.category_id"
        " WHERE c.company_id = ?1 AND c.rule_id IN" RULES_IN " ORDER BY c.rule_id, c.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    bind_scope(q, company_id, rule_id, active_only);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct ar_rule *r = rule_by_id(rules, n, sqlite3_column_int64(q, 0));
        if (!r || r->n_conditions >= AR_CONDITIONS_MAX) continue;
        struct ar_condition *c = &r->conditions[r->n_conditions];
        memset(c, 0, sizeof *c);
        if (ar_kind_parse(db_column_text(q, 1), &c->kind) != 0) continue;
        if (ar_op_parse(db_column_text(q, 2), &c->op) != 0) c->op = AR_OP_NONE;
        c->amount = sqlite3_column_int64(q, 3);
        c->amount2 = sqlite3_column_int64(q, 4);
        DB_COPY(c->sku, q, 5);
        c->category_id = sqlite3_column_int64(q, 6);
        DB_COPY(c->category_name, q, 7);
        if (ar_period_parse(db_column_text(q, 8), &c->period) != 0) c->period = AR_PERIOD_NONE;
        c->period_days = sqlite3_column_int(q, 9);
        r->n_conditions++;
    }
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* The name of what a target or approver row names, in this company. */
#define REF_NAME(kind, ref) \
    "COALESCE(CASE " kind \
    " WHEN 'role' THEN (SELECT name FROM roles WHERE id = " ref " AND (company_id IS NULL OR company_id = ?1))" \
    " WHEN 'unit' THEN (SELECT name FROM business_units WHERE id = " ref " AND company_id = ?1)" \
    " ELSE (SELECT u.name FROM users u JOIN memberships m ON m.user_id = u.id AND m.company_id = ?1" \
    "       WHERE u.id = " ref ") END, '')"

static int load_refs(int64_t company_id, int64_t rule_id, int active_only, struct ar_rule *rules, int n, int approvers)
{
    DB_STATEMENT(st_approvers,
        "SELECT a.rule_id, " REF_NAME("a.kind", "a.ref_id") ", a.ref_id FROM approval_rule_approvers a"
        " WHERE a.company_id = ?1 AND a.rule_id IN" RULES_IN " ORDER BY a.rule_id, a.ref_id");
    DB_STATEMENT(st_targets,
        "SELECT t.rule_id, " REF_NAME("t.kind", "t.ref_id") ", t.ref_id FROM approval_rule_targets t"
        " WHERE t.company_id = ?1 AND t.rule_id IN" RULES_IN " ORDER BY t.rule_id, t.ref_id");
    sqlite3_stmt *q = db_use(approvers ? &st_approvers : &st_targets);
    if (!q) return -1;
    bind_scope(q, company_id, rule_id, active_only);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct ar_rule *r = rule_by_id(rules, n, sqlite3_column_int64(q, 0));
        if (!r) continue;
        struct ar_ref *refs = approvers ? r->approvers : r->targets;
        int *count = approvers ? &r->n_approvers : &r->n_targets;
        int cap = approvers ? AR_APPROVERS_MAX : AR_TARGETS_MAX;
        if (*count >= cap) continue;
        refs[*count].id = sqlite3_column_int64(q, 2);
        DB_COPY(refs[*count].name, q, 1);
        (*count)++;
    }
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? 0 : -1;
}

int store_approval_rules_load(int64_t company_id, int64_t rule_id, int active_only, struct ar_rule *out, int max)
{
    DB_STATEMENT(st, "SELECT id, name, active, combine, level, applies_to, approver_kind, approver_mode, updated_at"
        " FROM approval_rules WHERE company_id = ?1 AND (?2 = 0 OR id = ?2) AND (?3 = 0 OR active = 1)"
        " ORDER BY level, name COLLATE NOCASE, id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    bind_scope(q, company_id, rule_id, active_only);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct ar_rule *r = &out[n];
        memset(r, 0, sizeof *r);
        r->id = sqlite3_column_int64(q, 0);
        DB_COPY(r->name, q, 1);
        r->active = sqlite3_column_int(q, 2) != 0;
        r->any = strcmp(db_column_text(q, 3), "any") == 0;
        r->level = sqlite3_column_int(q, 4);
        if (ar_applies_parse(db_column_text(q, 5), &r->applies_to) != 0) r->applies_to = AR_APPLIES_EVERYONE;
        if (ar_approver_kind_parse(db_column_text(q, 6), &r->approver_kind) != 0) r->approver_kind = AR_APPROVER_SUPERIOR;
        r->all = strcmp(db_column_text(q, 7), "all") == 0;
        r->updated_at = sqlite3_column_int64(q, 8);
        n++;
    }
    n = list_end(q, n, max, rc);
    if (n <= 0) return n;
    if (load_conditions(company_id, rule_id, active_only, out, n) != 0) return -1;
    if (load_refs(company_id, rule_id, active_only, out, n, 0) != 0) return -1;
    if (load_refs(company_id, rule_id, active_only, out, n, 1) != 0) return -1;
    return n;
}

int store_approval_rule_get(int64_t company_id, int64_t id, struct ar_rule *out)
{
    if (id <= 0) return 0;
    return store_approval_rules_load(company_id, id, 0, out, 1);
}

int store_approval_rule_name_taken(int64_t company_id, const char *name, int64_t except_id)
{
    DB_STATEMENT(st, "SELECT 1 FROM approval_rules WHERE company_id = ?1 AND id <> ?3 AND name = ?2 COLLATE NOCASE LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, name);
    sqlite3_bind_int64(q, 3, except_id);
    return db_step_exists(q);
}

static int insert_children(int64_t company_id, int64_t rule_id, const struct ar_rule *r)
{
    DB_STATEMENT(st_approver, "INSERT OR IGNORE INTO approval_rule_approvers (rule_id, company_id, kind, ref_id) VALUES (?, ?, ?, ?)");
    DB_STATEMENT(st_target, "INSERT OR IGNORE INTO approval_rule_targets (rule_id, company_id, kind, ref_id) VALUES (?, ?, ?, ?)");
    DB_STATEMENT(st_cond, "INSERT INTO approval_rule_conditions (rule_id, company_id, kind, op, amount, amount2, sku, category_id,"
        " period, period_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *qc = db_use(&st_cond);
    if (!qc) return -1;
    for (int i = 0; i < r->n_conditions && i < AR_CONDITIONS_MAX; i++) {
        const struct ar_condition *c = &r->conditions[i];
        sqlite3_reset(qc);
        sqlite3_clear_bindings(qc);
        sqlite3_bind_int64(qc, 1, rule_id);
        sqlite3_bind_int64(qc, 2, company_id);
        db_bind_text(qc, 3, ar_kind_name(c->kind));
        db_bind_text(qc, 4, ar_op_name(c->op));
        sqlite3_bind_int64(qc, 5, c->amount);
        sqlite3_bind_int64(qc, 6, c->amount2);
        db_bind_text(qc, 7, c->sku);
        if (c->category_id > 0) sqlite3_bind_int64(qc, 8, c->category_id);
        else sqlite3_bind_null(qc, 8);
        db_bind_text(qc, 9, ar_period_name(c->period));
        sqlite3_bind_int(qc, 10, c->period_days);
        if (db_step_done(qc) != 0) return -1;
    }
    static const char *const target_kinds[AR_APPLIES_COUNT] = { "", "role", "unit", "member" };
    if (r->applies_to != AR_APPLIES_EVERYONE) {
        sqlite3_stmt *qt = db_use(&st_target);
        if (!qt) return -1;
        for (int i = 0; i < r->n_targets && i < AR_TARGETS_MAX; i++) {
            sqlite3_reset(qt);
            sqlite3_bind_int64(qt, 1, rule_id);
            sqlite3_bind_int64(qt, 2, company_id);
            db_bind_text(qt, 3, target_kinds[r->applies_to]);
            sqlite3_bind_int64(qt, 4, r->targets[i].id);
            if (db_step_done(qt) != 0) return -1;
        }
    }
    if (r->approver_kind != AR_APPROVER_SUPERIOR) {
        sqlite3_stmt *qa = db_use(&st_approver);
        if (!qa) return -1;
        for (int i = 0; i < r->n_approvers && i < AR_APPROVERS_MAX; i++) {
            sqlite3_reset(qa);
            sqlite3_bind_int64(qa, 1, rule_id);
            sqlite3_bind_int64(qa, 2, company_id);
            db_bind_text(qa, 3, r->approver_kind == AR_APPROVER_ROLE ? "role" : "member");
            sqlite3_bind_int64(qa, 4, r->approvers[i].id);
            if (db_step_done(qa) != 0) return -1;
        }
    }
    return 0;
}

static int delete_children(int64_t company_id, int64_t rule_id)
{
    DB_STATEMENT(conditions, "DELETE FROM approval_rule_conditions WHERE rule_id = ? AND company_id = ?");
    DB_STATEMENT(targets, "DELETE FROM approval_rule_targets WHERE rule_id = ? AND company_id = ?");
    DB_STATEMENT(approvers, "DELETE FROM approval_rule_approvers WHERE rule_id = ? AND company_id = ?");
    struct db_statement *const children[] = { &conditions, &targets, &approvers };
    for (int i = 0; i < 3; i++) {
        sqlite3_stmt *q = db_use(children[i]);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, rule_id);
        sqlite3_bind_int64(q, 2, company_id);
        if (db_step_done(q) != 0) return -1;
    }
    return 0;
}

static void bind_rule_columns(sqlite3_stmt *q, const struct ar_rule *r)
{
    db_bind_text(q, 1, r->name);
    sqlite3_bind_int(q, 2, r->active ? 1 : 0);
    db_bind_text(q, 3, r->any ? "any" : "all");
    sqlite3_bind_int(q, 4, r->level);
    db_bind_text(q, 5, ar_applies_name(r->applies_to));
    db_bind_text(q, 6, ar_approver_kind_name(r->approver_kind));
    db_bind_text(q, 7, r->all ? "all" : "any");
}

int store_approval_rule_create(int64_t company_id, const struct ar_rule *r, int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO approval_rules (name, active, combine, level, applies_to, approver_kind, approver_mode,"
        " company_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    bind_rule_columns(q, r);
    sqlite3_bind_int64(q, 8, company_id);
    sqlite3_bind_int64(q, 9, now);
    if (db_step_done(q) != 0) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return insert_children(company_id, *id, r);
}

int store_approval_rule_update(int64_t company_id, const struct ar_rule *r, int64_t now)
{
    DB_STATEMENT(st, "UPDATE approval_rules SET name = ?1, active = ?2, combine = ?3, level = ?4, applies_to = ?5,"
        " approver_kind = ?6, approver_mode = ?7, updated_at = ?9 WHERE id = ?10 AND company_id = ?8");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    bind_rule_columns(q, r);
    sqlite3_bind_int64(q, 8, company_id);
    sqlite3_bind_int64(q, 9, now);
    sqlite3_bind_int64(q, 10, r->id);
    if (db_step_done(q) != 0) return -1;
    if (sqlite3_changes(db_handle()) != 1) return 0;
    if (delete_children(company_id, r->id) != 0 || insert_children(company_id, r->id, r) != 0) return -1;
    return 1;
}

int store_approval_rule_delete(int64_t company_id, int64_t id)
{
    DB_STATEMENT(st, "DELETE FROM approval_rules WHERE id = ? AND company_id = ?");
    if (delete_children(company_id, id) != 0) return -1;
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    sqlite3_bind_int64(q, 2, company_id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 1 : 0;
}

/* --- Choices ------------------------------------------------------------------- */

static int read_choices(sqlite3_stmt *q, struct approval_choice *out, int max)
{
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct approval_choice *c = &out[n++];
        c->id = sqlite3_column_int64(q, 0);
        c->parent_id = sqlite3_column_int64(q, 1);
        DB_COPY(c->name, q, 2);
        DB_COPY(c->detail, q, 3);
        c->builtin = sqlite3_column_int(q, 4) != 0;
    }
    return list_end(q, n, max, rc);
}

int store_approval_choice_roles(int64_t company_id, struct approval_choice *out, int max)
{
    DB_STATEMENT(st, "SELECT id, 0, name, '', builtin FROM roles WHERE company_id IS NULL OR company_id = ?1"
        " ORDER BY builtin DESC, CASE WHEN builtin THEN id END, name COLLATE NOCASE, id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    return read_choices(q, out, max);
}

int store_approval_choice_units(int64_t company_id, struct approval_choice *out, int max)
{
    DB_STATEMENT(st, "SELECT id, COALESCE(parent_id, 0), name, kind, 0 FROM business_units WHERE company_id = ?1"
        " ORDER BY name COLLATE NOCASE, id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    return read_choices(q, out, max);
}

int store_approval_choice_members(int64_t company_id, struct approval_choice *out, int max)
{
    DB_STATEMENT(st, "SELECT u.id, 0, u.name, r.name, 0 FROM memberships m JOIN users u ON u.id = m.user_id"
        " JOIN roles r ON r.id = m.role_id"
        " WHERE m.company_id = ?1 AND m.status = 'active' AND u.status = 'active'"
        " ORDER BY u.name COLLATE NOCASE, u.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    return read_choices(q, out, max);
}

int store_approval_choice_categories(struct approval_choice *out, int max)
{
    DB_STATEMENT(st, "SELECT id, COALESCE(parent_id, 0), name, '', 0 FROM categories ORDER BY name COLLATE NOCASE, id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    return read_choices(q, out, max);
}

int store_approval_sku_known(const char *sku, char *canonical, size_t size)
{
    DB_STATEMENT(st, "SELECT sku FROM products WHERE sku = ?1 COLLATE NOCASE LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, sku);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW && canonical) db_copy_text(canonical, size, q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* --- Settings and limits ----------------------------------------------------------- */

int store_approval_settings_get(int64_t company_id, struct approval_settings *out)
{
    DB_STATEMENT(st, "SELECT spending_limit_action, approval_reminder_days, approval_escalate FROM companies WHERE id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        out->refuse = strcmp(db_column_text(q, 0), "refuse") == 0;
        out->reminder_days = sqlite3_column_int(q, 1);
        out->escalate = sqlite3_column_int(q, 2) != 0;
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_approval_settings_set(int64_t company_id, const struct approval_settings *s)
{
    DB_STATEMENT(st, "UPDATE companies SET spending_limit_action = ?2, approval_reminder_days = ?3, approval_escalate = ?4"
        " WHERE id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, s->refuse ? "refuse" : "approval");
    sqlite3_bind_int(q, 3, s->reminder_days);
    sqlite3_bind_int(q, 4, s->escalate ? 1 : 0);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 1 : 0;
}

static void read_limit(sqlite3_stmt *q, struct spending_limit *l)
{
    l->user_id = sqlite3_column_int64(q, 0);
    DB_COPY(l->name, q, 1);
    l->amount = sqlite3_column_int64(q, 2);
    if (ar_period_parse(db_column_text(q, 3), &l->period) != 0) l->period = AR_PERIOD_MONTH;
    l->days = sqlite3_column_int(q, 4);
    l->updated_at = sqlite3_column_int64(q, 5);
}

#define LIMIT_COLUMNS "l.user_id, u.name, l.amount_cents, l.period, l.period_days, l.updated_at"

int store_spending_limit_get(int64_t company_id, int64_t user_id, struct spending_limit *out)
{
    DB_STATEMENT(st, "SELECT " LIMIT_COLUMNS " FROM spending_limits l JOIN users u ON u.id = l.user_id"
        " WHERE l.company_id = ?1 AND l.user_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_limit(q, out);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_spending_limits_list(int64_t company_id, struct spending_limit *out, int max)
{
    DB_STATEMENT(st, "SELECT " LIMIT_COLUMNS " FROM spending_limits l JOIN users u ON u.id = l.user_id"
        " JOIN memberships m ON m.company_id = l.company_id AND m.user_id = l.user_id"
        " WHERE l.company_id = ?1 ORDER BY u.name COLLATE NOCASE, u.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) read_limit(q, &out[n++]);
    return list_end(q, n, max, rc);
}

int store_spending_limit_set(int64_t company_id, int64_t user_id, int64_t amount, enum ar_period period, int days,
                             int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO spending_limits (company_id, user_id, amount_cents, period, period_days, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (company_id, user_id) DO UPDATE SET"
        " amount_cents = excluded.amount_cents, period = excluded.period, period_days = excluded.period_days,"
        " updated_at = excluded.updated_at");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, amount);
    db_bind_text(q, 4, ar_period_name(period));
    sqlite3_bind_int(q, 5, period == AR_PERIOD_ROLLING ? days : 0);
    sqlite3_bind_int64(q, 6, now);
    return db_step_done(q);
}

int store_spending_limit_clear(int64_t company_id, int64_t user_id)
{
    DB_STATEMENT(st, "DELETE FROM spending_limits WHERE company_id = ?1 AND user_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

/* --- Evaluation data ---------------------------------------------------------------- */

int store_approval_categories(struct ar_category *out, int max)
{
    DB_STATEMENT(st, "SELECT id, COALESCE(parent_id, 0) FROM categories");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        out[n].id = sqlite3_column_int64(q, 0);
        out[n].parent_id = sqlite3_column_int64(q, 1);
        n++;
    }
    return list_end(q, n, max, rc);
}

/* ids as a JSON array for json_each(): "[]" when there are none. 0, or
 * -1 when they do not fit. */
static int json_ids(const int64_t *ids, int n, char *out, size_t size)
{
    size_t len = 1;
    out[0] = '[';
    for (int i = 0; i < n; i++) {
        int w = snprintf(out + len, size - len, "%s%lld", i ? "," : "", (long long)ids[i]);
        if (w < 0 || (size_t)w + 2 > size - len) return -1;
        len += (size_t)w;
    }
    out[len++] = ']';
    out[len] = '\0';
    return 0;
}

int store_approval_members(int64_t company_id, const int64_t *role_ids, int n_roles, const int64_t *user_ids,
                           int n_users, struct ar_member *out, int max)
{
    /* Driven by the ids (CROSS JOIN keeps json_each outside): one range
     * of memberships_company_role per role, one (company, user) key per
     * user, not the company's every member. */
#define AR_MEMBER_SELECT(ids, column) "SELECT u.id, u.name, u.email, m.role_id, COALESCE(m.business_unit_id, 0)" \
        " FROM json_each(" ids ") j CROSS JOIN memberships m ON m.company_id = ?1 AND m." column " = j.value" \
        " JOIN users u ON u.id = m.user_id WHERE m.status = 'active' AND u.status = 'active'"
    DB_STATEMENT(st, AR_MEMBER_SELECT("?2", "role_id") " UNION " AR_MEMBER_SELECT("?3", "user_id")
        " ORDER BY 2 COLLATE NOCASE, 1");
#undef AR_MEMBER_SELECT
    /* 20 characters an id at most, and the brackets */
    static char roles[AR_MEMBER_IDS_MAX * 21 + 3], users[AR_MEMBER_IDS_MAX * 21 + 3];
    if (json_ids(role_ids, n_roles, roles, sizeof roles) != 0 || json_ids(user_ids, n_users, users, sizeof users) != 0)
        return -1;
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_text(q, 2, roles, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, users, -1, SQLITE_STATIC);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct ar_member *m = &out[n++];
        m->user_id = sqlite3_column_int64(q, 0);
        DB_COPY(m->name, q, 1);
        DB_COPY(m->email, q, 2);
        m->role_id = sqlite3_column_int64(q, 3);
        m->unit_id = sqlite3_column_int64(q, 4);
    }
    return list_end(q, n, max, rc);
}

int store_approval_units(int64_t company_id, struct ar_unit *out, int max)
{
    DB_STATEMENT(st, "SELECT id, COALESCE(parent_id, 0), COALESCE(manager_user_id, 0), name FROM business_units"
        " WHERE company_id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct ar_unit *u = &out[n++];
        u->id = sqlite3_column_int64(q, 0);
        u->parent_id = sqlite3_column_int64(q, 1);
        u->manager_user_id = sqlite3_column_int64(q, 2);
        DB_COPY(u->name, q, 3);
    }
    return list_end(q, n, max, rc);
}

int store_approval_delegations(int64_t company_id, int64_t now, struct ar_delegation *out, int max)
{
    DB_STATEMENT(st, "SELECT user_id, delegate_user_id FROM approval_delegations"
        " WHERE company_id = ?1 AND starts_at <= ?2 AND ends_at > ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, now);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        out[n].user_id = sqlite3_column_int64(q, 0);
        out[n].delegate_user_id = sqlite3_column_int64(q, 1);
        n++;
    }
    return list_end(q, n, max, rc);
}

/* One SUM per period start (?5 .. ?16); ?4 is the earliest start, so the
 * index (company_id, placed_by_user_id, placed_at) bounds the scan. */
static const char *spends_sql(int variant)
{
    (void)variant;
    static char sql[2048];
    if (sql[0]) return sql;
    size_t used = (size_t)snprintf(sql, sizeof sql, "SELECT ");
    for (int i = 0; i < AR_SPENDS_MAX; i++)
        used += (size_t)snprintf(sql + used, sizeof sql - used,
                                 "%sCOALESCE(SUM(CASE WHEN placed_at >= ?%d THEN total_cents END), 0)", i ? ", " : "",
                                 5 + i);
    snprintf(sql + used, sizeof sql - used,
             " FROM orders WHERE company_id = ?1 AND placed_by_user_id = ?2 AND id <> ?3 AND placed_at >= ?4"
             " AND placed_at <= ?%d AND status NOT IN ('rejected', 'cancelled')", 5 + AR_SPENDS_MAX);
    return sql;
}

int store_approval_spends(int64_t company_id, int64_t user_id, int64_t exclude_order_id, int64_t now,
                          struct ar_spend *spends, int n)
{
    DB_STATEMENT_FAMILY(spends_st, 1, spends_sql);
    if (n <= 0) return 0;
    if (n > AR_SPENDS_MAX) n = AR_SPENDS_MAX;
    sqlite3_stmt *q = db_use(&spends_st);
    if (!q) return -1;
    int64_t earliest = now;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, exclude_order_id);
    for (int i = 0; i < AR_SPENDS_MAX; i++) {
        int64_t start = INT64_MAX;
        if (i < n) {
            start = ar_period_start(spends[i].period, spends[i].days, now);
            if (start < earliest) earliest = start;
        }
        sqlite3_bind_int64(q, 5 + i, start);
    }
    sqlite3_bind_int64(q, 4, earliest);
    sqlite3_bind_int64(q, 5 + AR_SPENDS_MAX, now);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW)
        for (int i = 0; i < n; i++) spends[i].spent = sqlite3_column_int64(q, i);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 0 : -1;
}

int store_approval_company_name(int64_t company_id, char *out, size_t size)
{
    DB_STATEMENT(st, "SELECT name FROM companies WHERE id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) db_copy_text(out, size, q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_approval_limit(int64_t company_id, int64_t user_id, struct ar_limit *out)
{
    DB_STATEMENT(st, "SELECT c.spending_limit_action, l.amount_cents, l.period, l.period_days FROM companies c"
        " LEFT JOIN spending_limits l ON l.company_id = c.id AND l.user_id = ?2 WHERE c.id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    memset(out, 0, sizeof *out);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        out->refuse = strcmp(db_column_text(q, 0), "refuse") == 0;
        out->set = sqlite3_column_type(q, 1) != SQLITE_NULL;
        out->amount = sqlite3_column_int64(q, 1);
        if (ar_period_parse(db_column_text(q, 2), &out->period) != 0) out->period = AR_PERIOD_MONTH;
        out->days = sqlite3_column_int(q, 3);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/* --- Steps ------------------------------------------------------------------------------ */

int64_t store_approval_step_insert(const struct approval_step_new *s)
{
    DB_STATEMENT(st, "INSERT INTO approval_steps (order_id, company_id, level, rule_id, rule_name, reason, approver_label, mode,"
        " note, status, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, s->order_id);
    sqlite3_bind_int64(q, 2, s->company_id);
    sqlite3_bind_int(q, 3, s->level);
    if (s->rule_id > 0) sqlite3_bind_int64(q, 4, s->rule_id);
    else sqlite3_bind_null(q, 4);
    db_bind_text(q, 5, s->rule_name);
    db_bind_text(q, 6, s->reason);
    db_bind_text(q, 7, s->approver_label);
    db_bind_text(q, 8, s->all ? "all" : "any");
    db_bind_text(q, 9, s->note ? s->note : "");
    db_bind_text(q, 10, s->status);
    if (s->requested_at) sqlite3_bind_int64(q, 11, s->requested_at);
    else sqlite3_bind_null(q, 11);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_last_insert_rowid(db_handle());
}

int store_approval_step_approver_insert(int64_t step_id, int64_t company_id, const struct ar_approver *a)
{
    DB_STATEMENT(st, "INSERT OR IGNORE INTO approval_step_approvers (step_id, company_id, user_id, via, on_behalf_of)"
        " VALUES (?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, step_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int64(q, 3, a->user_id);
    db_bind_text(q, 4, ar_via_name(a->via));
    if (a->on_behalf_of > 0) sqlite3_bind_int64(q, 5, a->on_behalf_of);
    else sqlite3_bind_null(q, 5);
    return db_step_done(q);
}
