#include "lists/lists_store.h"

#include <string.h>

#include "base/db.h"
#include "base/money.h"
#include "catalog/quantity_rules.h"

#define MAX_BREAKS 32

/* The business units a member belongs to: their unit and every unit above
 * it. ?1 company, ?2 user. */
#define UP_SQL \
    "WITH RECURSIVE up(id) AS (" \
    "  SELECT business_unit_id FROM memberships" \
    "   WHERE company_id = ?1 AND user_id = ?2 AND business_unit_id IS NOT NULL" \
    "  UNION SELECT u.parent_id FROM business_units u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL)"

/* Who sees a list: its owner; everyone for company and editable lists;
 * for a unit list, members of that unit or of a unit below it (the list's
 * unit is the member's unit or one of its ancestors). */
#define SHARED_WITH_ME \
    "(l.sharing IN ('company', 'editable') OR (l.sharing = 'unit' AND l.unit_id IN (SELECT id FROM up)))"

#define LIST_COLUMNS \
    " SELECT l.id, l.owner_user_id, ow.name, l.name, l.description, l.sharing, COALESCE(l.unit_id, 0)," \
    "        COALESCE(bu.name, ''), l.line_count, l.updated_at," \
    "        l.lines_version" \
    "   FROM shopping_lists l JOIN users ow ON ow.id = l.owner_user_id" \
    "   LEFT JOIN business_units bu ON bu.id = l.unit_id"

#define VISIBLE_SQL(extra) \
    UP_SQL LIST_COLUMNS \
    "  WHERE l.company_id = ?1" extra \
    "    AND (l.owner_user_id = ?2 OR " SHARED_WITH_ME ")"

/* The lists page's two kinds of list, each in an index newest change first
 * (sql/027): the member's own, and those others share with them; `name`
 * nothing or BY_NAME. ?3 which (0 both, 1 own, 2 shared), ?4 a LIKE
 * pattern for the name. Without a name both are read in their indexes
 * alone. */
#define OWN_ARM(name) \
    "SELECT l.id, l.updated_at FROM shopping_lists l" \
    " WHERE l.company_id = ?1 AND l.owner_user_id = ?2 AND ?3 <> 2" name
#define SHARED_ARM(name) \
    "SELECT l.id, l.updated_at FROM shopping_lists l" \
    " WHERE l.company_id = ?1 AND l.sharing <> 'private' AND l.owner_user_id <> ?2 AND ?3 <> 1" \
    "   AND " SHARED_WITH_ME name
#define BY_NAME " AND l.name LIKE ?4 ESCAPE '\\'"
#define LISTS_OF(name) OWN_ARM(name) " UNION ALL " SHARED_ARM(name)

static void read_row(sqlite3_stmt *q, struct list_row *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(q, 0);
    r->owner_user_id = sqlite3_column_int64(q, 1);
    DB_COPY(r->owner_name, q, 2);
    DB_COPY(r->name, q, 3);
    DB_COPY(r->description, q, 4);
    DB_COPY(r->sharing, q, 5);
    r->unit_id = sqlite3_column_int64(q, 6);
    DB_COPY(r->unit_name, q, 7);
    r->line_count = sqlite3_column_int64(q, 8);
    r->updated_at = sqlite3_column_int64(q, 9);
    r->lines_version = sqlite3_column_int64(q, 10);
}

/* The statement of the two (any name, by name) the filter asks for, bound. */
static sqlite3_stmt *use_query(struct db_statement *any, struct db_statement *named, int64_t company_id,
                               int64_t user_id, const struct lists_filter *f)
{
    int by_name = f->like && f->like[0];
    sqlite3_stmt *q = db_use(by_name ? named : any);
    if (!q) return NULL;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int(q, 3, (int)f->whose);
    if (by_name) db_bind_text(q, 4, f->like);
    return q;
}

int store_lists_count(int64_t company_id, int64_t user_id, const struct lists_filter *f)
{
    DB_STATEMENT(any, UP_SQL " SELECT COUNT(*) FROM (" LISTS_OF("") ")");
    DB_STATEMENT(named, UP_SQL " SELECT COUNT(*) FROM (" LISTS_OF(BY_NAME) ")");
    sqlite3_stmt *q = use_query(&any, &named, company_id, user_id, f);
    if (!q) return -1;
    int n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_reset(q);
    return n;
}

/* the page's ids first (both kinds merged in index order), then their
 * owners, units and line counts for those rows only */
#define PAGE_SQL(name) \
    UP_SQL ", page(id, changed) AS (" LISTS_OF(name) " ORDER BY 2 DESC, 1 DESC LIMIT ?5 OFFSET ?6)" \
    LIST_COLUMNS " JOIN page ON page.id = l.id ORDER BY page.changed DESC, page.id DESC"

int store_lists_page(int64_t company_id, int64_t user_id, const struct lists_filter *f, int offset, int limit,
                     struct list_row *out)
{
    DB_STATEMENT(any, PAGE_SQL(""));
    DB_STATEMENT(named, PAGE_SQL(BY_NAME));
    sqlite3_stmt *q = use_query(&any, &named, company_id, user_id, f);
    if (!q) return -1;
    sqlite3_bind_int(q, 5, limit);
    sqlite3_bind_int(q, 6, offset);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < limit) read_row(q, &out[n++]);
    return db_list_end(q, rc, n);
}

int store_list_get(int64_t company_id, int64_t user_id, int64_t list_id, struct list_row *out)
{
    DB_STATEMENT(st, VISIBLE_SQL(" AND l.id = ?3"));
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, list_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_row(q, out);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

static void price_line(struct list_line *l, const struct price_break *br, size_t nb)
{
    struct price_quote q;
    price_line_today(l->list_price, br, nb, l->quantity, &q, &l->line_total);
    l->unit_price = q.unit_price;
    l->source = q.source;
}

/* ?1 company, ?2 list, ?3 1 for public prices (an applicant's) */
static void bind_list_prices(sqlite3_stmt *q, int64_t company_id, int64_t list_id, int use_list_prices)
{
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, list_id);
    sqlite3_bind_int(q, 3, use_list_prices ? 1 : 0);
}

int store_list_lines_page(int64_t company_id, int64_t list_id, int use_list_prices, int offset, int limit,
                          struct list_line *out)
{
    /* the page's lines in the list's index, then their products and price
     * breaks (a line has a row per break) */
    DB_STATEMENT(st, "SELECT x.id, p.id, p.sku, p.name, p.unit_of_measure, p.pack_size, p.min_order_qty,"
        "       p.list_price_cents, p.active, x.quantity, x.note, x.position, i.min_qty, i.unit_price_cents,"
        "       p.category_id, p.weight_grams"
        "  FROM (SELECT id FROM shopping_list_lines WHERE list_id = ?2"   /* in the index alone, even deep pages */
        "         ORDER BY position, id LIMIT ?4 OFFSET ?5) pg"
        "  JOIN shopping_list_lines x ON x.id = pg.id AND x.company_id = ?1 JOIN products p ON p.id = x.product_id"
        "  LEFT JOIN companies co ON co.id = x.company_id"
        "  LEFT JOIN price_list_items i ON ?3 = 0 AND i.price_list_id = co.price_list_id AND i.product_id = p.id"
        " ORDER BY x.position, x.id, i.min_qty");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    bind_list_prices(q, company_id, list_id, use_list_prices);
    sqlite3_bind_int(q, 4, limit);
    sqlite3_bind_int(q, 5, offset);
    struct price_break br[MAX_BREAKS];
    size_t nb = 0;
    int n = 0, rc;
    struct list_line *cur = NULL;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(q, 0);
        if (!cur || cur->id != id) {
            if (cur) price_line(cur, br, nb);
            if (n >= limit) { cur = NULL; break; }
            cur = &out[n++];
            memset(cur, 0, sizeof *cur);
            nb = 0;
            cur->id = id;
            cur->product_id = sqlite3_column_int64(q, 1);
            DB_COPY(cur->sku, q, 2);
            DB_COPY(cur->name, q, 3);
            DB_COPY(cur->unit, q, 4);
            cur->pack_size = sqlite3_column_int64(q, 5);
            cur->min_order_qty = sqlite3_column_int64(q, 6);
            cur->list_price = sqlite3_column_int64(q, 7);
            cur->active = sqlite3_column_int(q, 8);
            cur->quantity = sqlite3_column_int64(q, 9);
            DB_COPY(cur->note, q, 10);
            cur->position = sqlite3_column_int64(q, 11);
            cur->category_id = sqlite3_column_int64(q, 14);
            cur->weight_grams = sqlite3_column_int64(q, 15);
        }
        if (sqlite3_column_type(q, 12) != SQLITE_NULL && nb < MAX_BREAKS)
            br[nb++] = (struct price_break){ sqlite3_column_int64(q, 12), sqlite3_column_int64(q, 13) };
    }
    if (cur) price_line(cur, br, nb);
    int ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    sqlite3_reset(q);
    return ok ? n : -1;
}

int store_list_lines(int64_t company_id, int64_t list_id, int use_list_prices, struct list_line *out, int max)
{
    return store_list_lines_page(company_id, list_id, use_list_prices, 0, max, out);
}

int store_list_name_taken(int64_t company_id, int64_t owner_user_id, const char *name)
{
    DB_STATEMENT(st, "SELECT 1 FROM shopping_lists WHERE company_id = ? AND owner_user_id = ? AND name = ? COLLATE NOCASE"
        " LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, owner_user_id);
    db_bind_text(q, 3, name);
    return db_step_exists(q);
}

int store_list_create(int64_t company_id, int64_t owner_user_id, const char *name, const char *description,
                      int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO shopping_lists (company_id, owner_user_id, name, description, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?5)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, owner_user_id);
    db_bind_text(q, 3, name);
    db_bind_text(q, 4, description);
    sqlite3_bind_int64(q, 5, now);
    if (db_step_done(q) != 0) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

/* 1 when the write changed a row, 0 when none, -1 on an error. */
static int changed(sqlite3_stmt *q)
{
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

int store_list_update(int64_t company_id, int64_t list_id, const char *name, const char *description, int64_t now)
{
    DB_STATEMENT(st, "UPDATE shopping_lists SET name = ?, description = ?, updated_at = ? WHERE id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    db_bind_text(q, 2, description);
    sqlite3_bind_int64(q, 3, now);
    sqlite3_bind_int64(q, 4, list_id);
    sqlite3_bind_int64(q, 5, company_id);
    return changed(q);
}

int store_list_set_sharing(int64_t company_id, int64_t list_id, const char *sharing, int64_t unit_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE shopping_lists SET sharing = ?, unit_id = ?, updated_at = ? WHERE id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, sharing);
    if (unit_id > 0) sqlite3_bind_int64(q, 2, unit_id);
    else sqlite3_bind_null(q, 2);
    sqlite3_bind_int64(q, 3, now);
    sqlite3_bind_int64(q, 4, list_id);
    sqlite3_bind_int64(q, 5, company_id);
    return changed(q);
}

int store_list_set_owner(int64_t company_id, int64_t list_id, int64_t owner_user_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE shopping_lists SET owner_user_id = ?, updated_at = ? WHERE id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, owner_user_id);
    sqlite3_bind_int64(q, 2, now);
    sqlite3_bind_int64(q, 3, list_id);
    sqlite3_bind_int64(q, 4, company_id);
    return changed(q);
}

int store_list_touch(int64_t company_id, int64_t list_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE shopping_lists SET updated_at = ? WHERE id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, list_id);
    sqlite3_bind_int64(q, 3, company_id);
    return changed(q);
}

int store_list_delete(int64_t company_id, int64_t list_id)
{
    DB_STATEMENT(runs, "DELETE FROM list_runs WHERE list_id = ? AND company_id = ?");
    DB_STATEMENT(schedule, "DELETE FROM list_schedules WHERE list_id = ? AND company_id = ?");
    DB_STATEMENT(lines, "DELETE FROM shopping_list_lines WHERE list_id = ? AND company_id = ?");
    struct db_statement *const first[] = { &runs, &schedule };
    for (int i = 0; i < 2; i++) {
        sqlite3_stmt *d = db_use(first[i]);
        if (!d) return -1;
        sqlite3_bind_int64(d, 1, list_id);
        sqlite3_bind_int64(d, 2, company_id);
        if (db_step_done(d) != 0) return -1;
    }
    DB_STATEMENT(list, "DELETE FROM shopping_lists WHERE id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&lines);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    sqlite3_bind_int64(q, 2, company_id);
    if (db_step_done(q) != 0) return -1;
    q = db_use(&list);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    sqlite3_bind_int64(q, 2, company_id);
    return changed(q);
}

int store_list_copy_lines(int64_t company_id, int64_t from_list, int64_t to_list)
{
    DB_STATEMENT(st, "INSERT INTO shopping_list_lines (list_id, company_id, product_id, quantity, note, position)"
        " SELECT ?3, company_id, product_id, quantity, note, position FROM shopping_list_lines"
        "  WHERE list_id = ?2 AND company_id = ?1 ORDER BY position, id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, from_list);
    sqlite3_bind_int64(q, 3, to_list);
    return db_step_done(q);
}

int store_list_line_count(int64_t company_id, int64_t list_id)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM shopping_list_lines WHERE list_id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    sqlite3_bind_int64(q, 2, company_id);
    int n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_reset(q);
    return n;
}

int store_list_line_add(int64_t company_id, int64_t list_id, int64_t product_id, int64_t quantity, const char *note)
{
    DB_STATEMENT(st, "INSERT INTO shopping_list_lines (list_id, company_id, product_id, quantity, note, position)"
        " VALUES (?1, ?2, ?3, ?4, ?5, (SELECT COALESCE(MAX(position), 0) + 1 FROM shopping_list_lines WHERE list_id = ?1))"
        " ON CONFLICT (list_id, product_id) DO UPDATE SET quantity = quantity + excluded.quantity,"
        "   note = CASE WHEN excluded.note = '' THEN note ELSE excluded.note END");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int64(q, 3, product_id);
    sqlite3_bind_int64(q, 4, quantity);
    db_bind_text(q, 5, note ? note : "");
    return db_step_done(q);
}

int store_list_line_set(int64_t company_id, int64_t list_id, int64_t line_id, int64_t quantity, const char *note)
{
    DB_STATEMENT(st, "UPDATE shopping_list_lines SET quantity = ?, note = COALESCE(?, note)"
        " WHERE id = ? AND list_id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, quantity);
    if (note) db_bind_text(q, 2, note);
    else sqlite3_bind_null(q, 2);
    sqlite3_bind_int64(q, 3, line_id);
    sqlite3_bind_int64(q, 4, list_id);
    sqlite3_bind_int64(q, 5, company_id);
    return changed(q);
}

int store_list_line_remove(int64_t company_id, int64_t list_id, int64_t line_id)
{
    DB_STATEMENT(st, "DELETE FROM shopping_list_lines WHERE id = ? AND list_id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, line_id);
    sqlite3_bind_int64(q, 2, list_id);
    sqlite3_bind_int64(q, 3, company_id);
    return changed(q);
}

int store_list_line_move(int64_t company_id, int64_t list_id, int64_t line_id, int up)
{
    /* the neighbour: the nearest position before (up) or after the line's */
    DB_STATEMENT(find, "SELECT me.position, n.id, n.position FROM shopping_list_lines me"
        "  JOIN shopping_list_lines n ON n.list_id = me.list_id"
        "   AND ((?4 = 1 AND n.position < me.position) OR (?4 = 0 AND n.position > me.position))"
        " WHERE me.id = ?3 AND me.list_id = ?2 AND me.company_id = ?1"
        " ORDER BY CASE WHEN ?4 = 1 THEN -n.position ELSE n.position END LIMIT 1");
    DB_STATEMENT(set, "UPDATE shopping_list_lines SET position = ? WHERE id = ? AND list_id = ? AND company_id = ?");
    sqlite3_stmt *q = db_use(&find);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, list_id);
    sqlite3_bind_int64(q, 3, line_id);
    sqlite3_bind_int(q, 4, up ? 1 : 0);
    int rc = sqlite3_step(q);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(q);
        return rc == SQLITE_DONE ? 0 : -1;
    }
    int64_t mine = sqlite3_column_int64(q, 0), other = sqlite3_column_int64(q, 1), theirs = sqlite3_column_int64(q, 2);
    sqlite3_reset(q);
    const int64_t moves[2][2] = { { line_id, theirs }, { other, mine } };
    for (int i = 0; i < 2; i++) {
        q = db_use(&set);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, moves[i][1]);
        sqlite3_bind_int64(q, 2, moves[i][0]);
        sqlite3_bind_int64(q, 3, list_id);
        sqlite3_bind_int64(q, 4, company_id);
        if (db_step_done(q) != 0) return -1;
    }
    return 1;
}

int store_list_line_index(int64_t company_id, int64_t list_id, int64_t line_id, int64_t product_id)
{
    DB_STATEMENT(st, "SELECT (SELECT COUNT(*) FROM shopping_list_lines a"
        "          WHERE a.list_id = me.list_id AND (a.position < me.position OR (a.position = me.position AND a.id < me.id)))"
        "  FROM shopping_list_lines me"
        " WHERE me.list_id = ?2 AND me.company_id = ?1 AND (me.id = ?3 OR me.product_id = ?4)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, list_id);
    sqlite3_bind_int64(q, 3, line_id);
    sqlite3_bind_int64(q, 4, product_id);
    int rc = sqlite3_step(q);
    int n = rc == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_reset(q);
    return n;
}

int store_list_member_unit(int64_t company_id, int64_t user_id, int64_t *unit_id)
{
    DB_STATEMENT(st, "SELECT COALESCE(business_unit_id, 0) FROM memberships"
        " WHERE company_id = ? AND user_id = ? AND status = 'active'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *unit_id = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}
