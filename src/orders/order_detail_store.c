#include "orders/order_detail_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/staff_scope_store.h"

/* One order by number; the member's lookup adds its company to it, the
 * staff's their scope. */
#define ORDER_HEADER_BY_NUMBER \
    "SELECT o.id, o.company_id, c.name, o.number, COALESCE(o.erp_order_no, '')," \
    "       COALESCE(o.placed_by_user_id, 0)," \
    "       COALESCE(u.name, CASE o.channel WHEN 'phone' THEN 'By phone' ELSE 'From our ERP' END)," \
    "       COALESCE(u.email, ''), COALESCE(o.business_unit_id, 0), COALESCE(b.name, '')," \
    "       o.status, o.channel, o.po_number, o.currency, o.subtotal_cents, o.shipping_cents, o.tax_cents," \
    "       o.total_cents, o.shipping_method, o.tax_label, o.tax_rate_bp," \
    "       COALESCE(o.ship_to_address_id, 0), COALESCE(o.bill_to_address_id, 0)," \
    "       o.ship_to_label, o.ship_to_text, o.bill_to_label, o.bill_to_text, o.payment_method," \
    "       o.requested_delivery_date, o.notes, o.cancel_reason, o.waiting_for_address, o.placed_at," \
    "       COALESCE(o.updated_at, o.placed_at), COALESCE(rq.name, '')" \
    "  FROM orders o JOIN companies c ON c.id = o.company_id" \
    "  LEFT JOIN users u ON u.id = o.placed_by_user_id" \
    "  LEFT JOIN users rq ON rq.id = o.requested_by_user_id" \
    "  LEFT JOIN business_units b ON b.id = o.business_unit_id" \
    " WHERE o.number = ?1"

/* Reads the order q (ORDER_HEADER_BY_NUMBER, NULL when it did not
 * compile) finds by number. */
static int read_header(sqlite3_stmt *q, const char *number, struct order_header *out)
{
    if (!q) return -1;
    sqlite3_bind_text(q, 1, number, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(q);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(q);
        return rc == SQLITE_DONE ? 0 : -1;
    }
    memset(out, 0, sizeof *out);
    out->id = sqlite3_column_int64(q, 0);
    out->company_id = sqlite3_column_int64(q, 1);
    DB_COPY(out->company_name, q, 2);
    DB_COPY(out->number, q, 3);
    DB_COPY(out->erp_order_no, q, 4);
    out->placed_by_user_id = sqlite3_column_int64(q, 5);
    DB_COPY(out->placed_by, q, 6);
    DB_COPY(out->placed_by_email, q, 7);
    out->business_unit_id = sqlite3_column_int64(q, 8);
    DB_COPY(out->unit_name, q, 9);
    DB_COPY(out->status, q, 10);
    DB_COPY(out->channel, q, 11);
    DB_COPY(out->po_number, q, 12);
    DB_COPY(out->currency, q, 13);
    out->subtotal = sqlite3_column_int64(q, 14);
    out->shipping = sqlite3_column_int64(q, 15);
    out->tax = sqlite3_column_int64(q, 16);
    out->total = sqlite3_column_int64(q, 17);
    DB_COPY(out->shipping_method, q, 18);
    DB_COPY(out->tax_label, q, 19);
    out->tax_rate_bp = sqlite3_column_int64(q, 20);
    out->ship_to_address_id = sqlite3_column_int64(q, 21);
    out->bill_to_address_id = sqlite3_column_int64(q, 22);
    DB_COPY(out->ship_to_label, q, 23);
    DB_COPY(out->ship_to_text, q, 24);
    DB_COPY(out->bill_to_label, q, 25);
    DB_COPY(out->bill_to_text, q, 26);
    DB_COPY(out->payment_method, q, 27);
    DB_COPY(out->requested_delivery_date, q, 28);
    DB_COPY(out->notes, q, 29);
    DB_COPY(out->cancel_reason, q, 30);
    out->waiting_for_address = sqlite3_column_int(q, 31);
    out->placed_at = sqlite3_column_int64(q, 32);
    out->updated_at = sqlite3_column_int64(q, 33);
    DB_COPY(out->requested_by, q, 34);
    sqlite3_reset(q);
    return 1;
}

int store_order_get(int64_t company_id, const char *number, struct order_header *out)
{
    DB_STATEMENT(st, ORDER_HEADER_BY_NUMBER " AND o.company_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (q) sqlite3_bind_int64(q, 2, company_id);
    return read_header(q, number, out);
}

int store_bo_order_get(const struct staff_scope *scope, const char *number, struct order_header *out)
{
    DB_STATEMENT(st, ORDER_HEADER_BY_NUMBER " AND" STAFF_SCOPE_COMPANY("c"));
    sqlite3_stmt *q = db_use(&st);
    return read_header(staff_scope_bind(q, scope) == 0 ? q : NULL, number, out);
}

int store_order_lines(int64_t order_id, struct order_line_row *out, int max)
{
    DB_STATEMENT(st, "SELECT id, line_no, COALESCE(product_id, 0), sku, name, unit, quantity, quantity_shipped,"
        "       unit_price_cents, line_total_cents, price_source"
        "  FROM order_lines WHERE order_id = ? ORDER BY line_no");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct order_line_row *l = &out[n++];
        l->id = sqlite3_column_int64(q, 0);
        l->line_no = sqlite3_column_int(q, 1);
        l->product_id = sqlite3_column_int64(q, 2);
        DB_COPY(l->sku, q, 3);
        DB_COPY(l->name, q, 4);
        DB_COPY(l->unit, q, 5);
        l->quantity = sqlite3_column_int64(q, 6);
        l->quantity_shipped = sqlite3_column_int64(q, 7);
        l->unit_price = sqlite3_column_int64(q, 8);
        l->line_total = sqlite3_column_int64(q, 9);
        DB_COPY(l->price_source, q, 10);
    }
    int ok = n == max || rc == SQLITE_DONE;
    sqlite3_reset(q);
    return ok ? n : -1;
}

int store_order_events(int64_t order_id, struct order_event_row *out, int max)
{
    DB_STATEMENT(st, "SELECT e.from_status, e.to_status, COALESCE(u.name, e.actor_label), e.note, e.at"
        "  FROM order_events e LEFT JOIN users u ON u.id = e.actor_user_id"
        " WHERE e.order_id = ? ORDER BY e.at, e.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct order_event_row *e = &out[n++];
        DB_COPY(e->from_status, q, 0);
        DB_COPY(e->to_status, q, 1);
        DB_COPY(e->actor, q, 2);
        DB_COPY(e->note, q, 3);
        e->at = sqlite3_column_int64(q, 4);
    }
    int ok = n == max || rc == SQLITE_DONE;
    sqlite3_reset(q);
    return ok ? n : -1;
}

int store_order_shipments(int64_t order_id, struct shipment_row *out, int max)
{
    DB_STATEMENT(st, "SELECT s.id, s.carrier, s.tracking_number, s.shipped_at, COALESCE(s.delivered_at, 0),"
        "       COALESCE((SELECT group_concat(sl.quantity || ' x ' || ol.sku, ', ')"
        "                   FROM shipment_lines sl JOIN order_lines ol ON ol.id = sl.order_line_id"
        "                  WHERE sl.shipment_id = s.id), '')"
        "  FROM shipments s WHERE s.order_id = ? ORDER BY s.shipped_at, s.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct shipment_row *s = &out[n++];
        s->id = sqlite3_column_int64(q, 0);
        DB_COPY(s->carrier, q, 1);
        DB_COPY(s->tracking_number, q, 2);
        s->shipped_at = sqlite3_column_int64(q, 3);
        s->delivered_at = sqlite3_column_int64(q, 4);
        DB_COPY(s->contents, q, 5);
    }
    int ok = n == max || rc == SQLITE_DONE;
    sqlite3_reset(q);
    return ok ? n : -1;
}

int store_order_event_add(int64_t order_id, int64_t company_id, const char *from, const char *to,
                          int64_t actor_user_id, const char *actor_label, const char *note, int64_t at)
{
    DB_STATEMENT(st, "INSERT INTO order_events (order_id, company_id, from_status, to_status, actor_user_id, actor_label, note, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_text(q, 3, from ? from : "", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 4, to, -1, SQLITE_TRANSIENT);
    if (actor_user_id > 0) sqlite3_bind_int64(q, 5, actor_user_id);
    else sqlite3_bind_null(q, 5);
    sqlite3_bind_text(q, 6, actor_label ? actor_label : "", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 7, note ? note : "", -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(q, 8, at);
    return db_step_done(q);
}

int store_order_move(int64_t company_id, int64_t order_id, const char *from, const char *to,
                     const char *cancel_reason, int64_t now)
{
    DB_STATEMENT(st, "UPDATE orders SET status = ?4, updated_at = ?5,"
        "       cancel_reason = CASE WHEN ?4 = 'cancelled' THEN ?6 ELSE cancel_reason END"
        " WHERE id = ?2 AND company_id = ?1 AND status = ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, order_id);
    sqlite3_bind_text(q, 3, from, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 4, to, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(q, 5, now);
    sqlite3_bind_text(q, 6, cancel_reason ? cancel_reason : "", -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

int store_order_cancel_open_steps(int64_t order_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE approval_steps SET status = 'cancelled', decided_at = ?2, version = version + 1"
        " WHERE order_id = ?1 AND status IN ('waiting', 'queued')");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, now);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? sqlite3_changes(db_handle()) : -1;
}
