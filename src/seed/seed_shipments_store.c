/* The demo timelines' SQL (seed_shipments_store.h). */
#include "seed/seed_shipments_store.h"

#include <stdlib.h>
#include <string.h>

#include "base/db.h"

/* Makes room for row n of a growing array of rows of `size` bytes: 0, or
 * -1 when out of memory (*rows is kept). */
static int grow(void **rows, int n, int *cap, int first_cap, size_t size)
{
    if (n < *cap) return 0;
    int more = *cap ? *cap * 2 : first_cap;
    void *bigger = realloc(*rows, (size_t)more * size);
    if (!bigger) return -1;
    *rows = bigger;
    *cap = more;
    return 0;
}

/* The rows of q, each read by `read` into a growing array: 0, or -1. */
static int read_all(sqlite3_stmt *q, void **out, int *count, int first_cap, size_t size,
                    void (*read)(sqlite3_stmt *q, void *row))
{
    int n = 0, cap = 0, rc = SQLITE_DONE;
    *out = NULL;
    *count = 0;
    if (!q) return -1;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (grow(out, n, &cap, first_cap, size) != 0) {
            rc = SQLITE_NOMEM;
            break;
        }
        read(q, (char *)*out + (size_t)n * size);
        n++;
    }
    *count = n;
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? 0 : -1;
}

static void read_order(sqlite3_stmt *q, void *row)
{
    struct seed_story_order *o = row;
    memset(o, 0, sizeof *o);
    o->id = sqlite3_column_int64(q, 0);
    o->company_id = sqlite3_column_int64(q, 1);
    o->placed_at = sqlite3_column_int64(q, 2);
    o->placed_by = sqlite3_column_int64(q, 3);
    o->subtotal = sqlite3_column_int64(q, 4);
    DB_COPY(o->number, q, 5);
    DB_COPY(o->status, q, 6);
    DB_COPY(o->channel, q, 7);
    DB_COPY(o->placer, q, 8);
    DB_COPY(o->notes, q, 9);
    o->canada = sqlite3_column_int(q, 10);
    o->waited = sqlite3_column_int(q, 11);
    o->decider = sqlite3_column_int64(q, 12);
    o->decided_at = sqlite3_column_int64(q, 13);
    DB_COPY(o->decider_name, q, 14);
    DB_COPY(o->decision_comment, q, 15);
}

int seed_store_untold_orders(struct seed_story_order **out, int *count)
{
    DB_STATEMENT(st, "SELECT o.id, o.company_id, o.placed_at, COALESCE(o.placed_by_user_id, 0), o.subtotal_cents, o.number,"
        "       o.status, o.channel, COALESCE(u.name, ''), o.notes, instr(o.ship_to_text, 'Canada') > 0,"
        "       EXISTS (SELECT 1 FROM approval_steps s WHERE s.order_id = o.id),"
        "       COALESCE(d.user_id, 0), COALESCE(d.decided_at, 0), COALESCE(du.name, ''), COALESCE(d.comment, '')"
        "  FROM orders o LEFT JOIN users u ON u.id = o.placed_by_user_id"
        "  LEFT JOIN approval_step_approvers d ON d.rowid = (SELECT a.rowid FROM approval_step_approvers a"
        "       JOIN approval_steps s ON s.id = a.step_id WHERE s.order_id = o.id AND a.decision <> ''"
        "       ORDER BY a.decided_at DESC, a.rowid DESC LIMIT 1)"
        "  LEFT JOIN users du ON du.id = d.user_id"
        " WHERE NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id) ORDER BY o.id");
    void *rows = NULL;
    int rc = read_all(db_use(&st), &rows, count, 1024, sizeof **out, read_order);
    *out = rows;
    return rc;
}

static void read_line(sqlite3_stmt *q, void *row)
{
    struct seed_shipped_line *l = row;
    l->id = sqlite3_column_int64(q, 0);
    l->order_id = sqlite3_column_int64(q, 1);
    l->quantity_shipped = sqlite3_column_int64(q, 2);
}

int seed_store_shipped_lines(struct seed_shipped_line **out, int *count)
{
    DB_STATEMENT(st, "SELECT l.id, l.order_id, l.quantity_shipped FROM order_lines l"
        " WHERE l.quantity_shipped > 0 ORDER BY l.order_id, l.line_no");
    void *rows = NULL;
    int rc = read_all(db_use(&st), &rows, count, 4096, sizeof **out, read_line);
    *out = rows;
    return rc;
}

static void read_people(sqlite3_stmt *q, void *row)
{
    struct seed_company_people *p = row;
    p->company_id = sqlite3_column_int64(q, 0);
    p->account_manager = sqlite3_column_int64(q, 1);
    p->approver = sqlite3_column_int64(q, 2);
}

int seed_store_company_people(struct seed_company_people **out, int *count)
{
    DB_STATEMENT(st, "SELECT c.id, COALESCE(c.account_manager_id, 0),"
        "       COALESCE((SELECT m.user_id FROM memberships m JOIN roles r ON r.id = m.role_id"
        "                  WHERE m.company_id = c.id AND m.status = 'active'"
        "                    AND r.name IN ('Purchasing manager', 'Administrator')"
        "                  ORDER BY r.name = 'Purchasing manager' DESC, m.id LIMIT 1), 0)"
        "  FROM companies c ORDER BY c.id");
    void *rows = NULL;
    int rc = read_all(db_use(&st), &rows, count, 16, sizeof **out, read_people);
    *out = rows;
    return rc;
}

int seed_store_service_staff(int64_t *user_id)
{
    DB_STATEMENT(st, "SELECT user_id FROM seller_staff ORDER BY staff_role = 'customer_service' DESC, user_id LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *user_id = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int seed_store_shipment_line(int64_t shipment_id, int64_t order_line_id, int64_t quantity)
{
    DB_STATEMENT(st, "INSERT INTO shipment_lines (shipment_id, order_line_id, quantity) VALUES (?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, shipment_id);
    sqlite3_bind_int64(q, 2, order_line_id);
    sqlite3_bind_int64(q, 3, quantity);
    return db_step_done(q);
}

int seed_store_cancel_reason(int64_t order_id, const char *reason)
{
    DB_STATEMENT(st, "UPDATE orders SET cancel_reason = ?2 WHERE id = ?1 AND cancel_reason = ''");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    db_bind_text(q, 2, reason);
    return db_step_done(q);
}
