/* The order lists' SQL: filtered, scoped, paged lists and the member's
 * CSV stream. Owner: orders.
 *
 * Which index answers fastest depends on the filters, and SQLite plans a
 * statement once, when it is prepared. So a statement is a UNION ALL of
 * branches, one per way in, each guarded by a test on the parameters
 * alone ("only when a member is given", "only when no member and one
 * status" ...). SQLite evaluates such a guard once, before the branch's
 * loop, so exactly one branch runs, and it was planned for its index.
 * Each list has its own ways in (the tables of branches below); the
 * filters tested per row, the keyset, the sort, the names and shipment
 * joined to a page's rows, the binding and the paging are the same.
 *
 * The member's list (one company):
 *
 *   a few orders with that number beginning, or with that SKU, or (pages)
 *   in that unit's subtree (counted first in their own index; drive_of)
 *                       -> those orders by rowid, then sorted
 *   else one member     -> orders_company_buyer (already in date order)
 *   else one status     -> orders_company_status (in date order)
 *   else                -> orders_company_placed (orders_company_total when
 *                          sorting by total), testing the rest per row
 *
 * Number, PO and SKU are otherwise sets of order ids built once per query
 * from an index each (unique number index, orders_company_po,
 * order_lines_company_sku) and tested by the id, which every index holds:
 * the test reads no row, and a page stops after its 26 rows whether a set
 * is small or nearly everything.
 *
 * A page walks its index in sort order and stops after its 26 rows; the
 * keyset (sort key, id) makes a deep page cost what the first one does.
 * The count has the same branches plus the unit's index, and counts from
 * the index alone when nothing else is asked. The export reads every
 * matching row anyway, so it is one plain walk in sort order.
 *
 * The staff's list (every company, newest first):
 *
 *   an order number     -> the orders it may mean (the unique number and
 *                          ERP number indexes), by rowid, then sorted
 *   a PO beginning that a few orders have (counted first in
 *   orders_po_number)   -> those orders by rowid, then sorted
 *   else company+status -> orders_company_status
 *   else company        -> orders_company_placed
 *   else status         -> orders_status_placed
 *   else                -> orders_placed
 *
 * Channel is tested per row, and a PO beginning by the id against the set
 * of orders_po_number entries it covers (built once, read from the index
 * alone), as the member's sets are. Every branch also tests the staff
 * scope per row: the company against the set of companies it reaches
 * (everything for most staff; an account manager's companies), built once.
 *
 * Everything is prepared when a worker starts (DB_STATEMENT_FAMILY): a
 * page statement per scope and walk, 8 export and 1 count. */
#include "orders/order_history_store.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/civil_date.h"
#include "base/clock.h"
#include "base/db.h"
#include "base/staff_scope_store.h"

/* The unit asked for and every unit below it (UNION: a cycle in bad data
 * cannot loop). */
#define SUBTREE_CTE \
    "WITH RECURSIVE subtree(id) AS (SELECT :unit UNION" \
    " SELECT b.id FROM business_units b JOIN subtree t ON b.parent_id = t.id WHERE b.company_id = :company) "

/* Each filter as a test on one row (when it is not the branch's way in). */
#define F_USER   " AND (:user = 0 OR o.placed_by_user_id = :user)"
#define F_UNIT   " AND (:unit = 0 OR o.business_unit_id IN (SELECT id FROM subtree))"
#define F_STATUS " AND (:s1 = '' OR o.status IN (:s1, :s2, :s3, :s4, :s5, :s6, :s7))"
#define F_NUMBER " AND (:number = '' OR substr(o.number, 1, length(:number)) = :number)"
/* ":po || ''" and not a bare ":po": SQLite's LIKE optimization looks at a
 * bare parameter's value while planning, and then prepares the statement
 * anew whenever the parameter is bound (about half a millisecond for a
 * page); the member's pattern starts with '%' anyway, and the staff's
 * beginning has its own range of the index (PO_RANGE). */
#define F_PO     " AND (:po = '' OR o.po_number LIKE :po || '' ESCAPE '\\')"
#define F_SKU    " AND (:sku = '' OR o.id IN (SELECT l.order_id FROM order_lines l" \
                 " WHERE l.company_id = :company AND l.sku = :sku))"
#define F_DATES  " AND o.placed_at >= :from AND o.placed_at < :to"
/* The staff's company filter, left unbound (NULL) for every company. The
 * member's list has no such parameter: its branches all test
 * o.company_id = :company, always bound to the member's company. */
#define F_COMPANY_FILTER " AND (:company_filter IS NULL OR o.company_id = :company_filter)"
#define F_CHANNEL " AND (:channel = '' OR o.channel = :channel)"
/* The staff's scope (base/staff_scope_store.h), in every staff branch. */
#define F_STAFF_SCOPE " AND" STAFF_SCOPE_COMPANY_ID("o.company_id")
/* The same where the index walked has no placed_at: without dates asked
 * for, the row is not read for them. */
#define F_DATES_UNSET_OR " AND ((:from = -9223372036854775807 - 1 AND :to = 9223372036854775807)" \
                         " OR (+o.placed_at >= :from AND +o.placed_at < :to))"

/* Number, PO and SKU as sets of order ids, each built once per query from
 * an index (the unique number index, orders_company_po,
 * order_lines_company_sku) and tested by the id, which every index holds:
 * walking an index in sort order, the test reads no row, and a page stops
 * after its 26 rows whether the set is small or nearly everything. */
#define F_NUMBER_SET " AND (:number = '' OR o.id IN (SELECT n.id FROM orders n" \
                     " WHERE n.number >= :number AND n.number < :number || char(127)))"
#define F_PO_SET     " AND (:po = '' OR o.id IN (SELECT p.id FROM orders p" \
                     " WHERE p.company_id = :company AND p.po_number LIKE :po || '' ESCAPE '\\'))"
#define F_SETS F_NUMBER_SET F_PO_SET F_SKU
/* The staff's PO beginning, likewise: a range of orders_po_number
 * (NOCASE), where the LIKE is exact, read from the index alone. */
#define PO_RANGE        "po_number COLLATE NOCASE >= :po_lo AND po_number COLLATE NOCASE < :po_hi"
#define PO_PREFIX_SET   "SELECT r.id FROM orders r WHERE r." PO_RANGE " AND r.po_number LIKE :po || '' ESCAPE '\\'"
#define F_PO_PREFIX_SET " AND (:po = '' OR o.id IN (" PO_PREFIX_SET "))"

#define PLACED_BY(alias) \
    "COALESCE(u.name, CASE " alias ".channel WHEN 'phone' THEN 'By phone' ELSE 'From our ERP' END)"

enum walk { WALK_DATE_DESC, WALK_DATE_ASC, WALK_TOTAL_DESC, WALK_TOTAL_ASC, WALK_COUNT };

static enum walk walk_of(enum order_sort sort, int backwards)
{
    enum walk w;
    switch (sort) {
    case ORDER_SORT_DATE_ASC: w = WALK_DATE_ASC; break;
    case ORDER_SORT_TOTAL_DESC: w = WALK_TOTAL_DESC; break;
    case ORDER_SORT_TOTAL_ASC: w = WALK_TOTAL_ASC; break;
    default: w = WALK_DATE_DESC; break;
    }
    if (backwards) w = (enum walk)(w ^ 1);   /* desc <-> asc of the same key */
    return w;
}

static int walk_desc(enum walk w) { return w == WALK_DATE_DESC || w == WALK_TOTAL_DESC; }
static int walk_by_date(enum walk w) { return w <= WALK_DATE_ASC; }
static const char *walk_key(enum walk w) { return walk_by_date(w) ? "placed_at" : "total_cents"; }

struct sql {
    char text[24576];
    size_t len;
};

static void add(struct sql *q, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(struct sql *q, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(q->text + q->len, sizeof q->text - q->len, fmt, ap);
    va_end(ap);
    if (n > 0) q->len += (size_t)n < sizeof q->text - q->len ? (size_t)n : sizeof q->text - q->len - 1;
}

/* A small number or SKU set leads ("drives"): its orders by rowid, then
 * sorted. Otherwise an index is walked in sort order (see the top). */
#define BY_NUMBER_SET " WHERE :drive = 1 AND o.id IN (SELECT n.id FROM orders n" \
                      " WHERE n.number >= :number AND n.number < :number || char(127)) AND +o.company_id = :company"
#define BY_SKU_SET    " WHERE :drive = 2 AND o.id IN (SELECT l.order_id FROM order_lines l" \
                      " WHERE l.company_id = :company AND l.sku = :sku) AND +o.company_id = :company"
#define BY_UNIT_SET   " WHERE o.company_id = :company AND :drive = 3 AND o.business_unit_id IN (SELECT id FROM subtree)"
/* the staff's number: the ORDER_NUMBER_CANDIDATES portal numbers it may
 * mean, or an ERP number */
#define BY_NUMBERS    " WHERE :drive = 1 AND o.id IN (SELECT n.id FROM orders n WHERE n.number IN (:n1, :n2, :n3," \
                      " :n4, :n5, :n6, :n7, :n8, :n9, :n10, :n11, :n12, :n13, :n14)" \
                      " UNION ALL SELECT e.id FROM orders e WHERE e.erp_order_no = :erp)"
#define BY_PO_PREFIX  " WHERE :drive = 2 AND o.id IN (" PO_PREFIX_SET ")"

/* The filters a branch tests per row (those that are not its way in), in
 * the order they are written. */
enum {
    T_DATES = 1 << 0,
    T_USER = 1 << 1,
    T_UNIT = 1 << 2,
    T_COMPANY_FILTER = 1 << 3,
    T_STATUS = 1 << 4,
    T_CHANNEL = 1 << 5,
    T_NUMBER_SET = 1 << 6,
    T_PO_SET = 1 << 7,
    T_SKU = 1 << 8,
    T_PO = 1 << 9,
    T_PO_PREFIX_SET = 1 << 10,
    T_STAFF_SCOPE = 1 << 11,
    T_SETS = T_NUMBER_SET | T_PO_SET | T_SKU,
};
static const char *const row_tests[] = {
    F_DATES, F_USER, F_UNIT, F_COMPANY_FILTER, F_STATUS, F_CHANNEL, F_NUMBER_SET, F_PO_SET, F_SKU, F_PO, F_PO_PREFIX_SET,
    F_STAFF_SCOPE,
};

/* One way in: the walks it serves, the index, the guard and the filter
 * the index answers, and the rest tested per row. */
enum { BY_DATE = 1, BY_TOTAL = 2, BY_ANY = BY_DATE | BY_TOTAL };
struct way_in {
    int walks;
    const char *index;
    const char *where;
    unsigned tests;
};

static const struct way_in member_ways[] = {
    { BY_ANY, " NOT INDEXED", BY_NUMBER_SET, T_DATES | T_USER | T_UNIT | T_STATUS | T_PO_SET | T_SKU },
    { BY_ANY, " NOT INDEXED", BY_SKU_SET, T_DATES | T_USER | T_UNIT | T_STATUS | T_NUMBER_SET | T_PO_SET },
    { BY_ANY, " INDEXED BY orders_company_unit", BY_UNIT_SET, T_DATES | T_USER | T_STATUS | T_SETS },
    /* by total: orders_company_total, the rest per row */
    { BY_TOTAL, "", " WHERE o.company_id = :company AND :drive = 0", T_DATES | T_USER | T_UNIT | T_STATUS | T_SETS },
    { BY_DATE, " INDEXED BY orders_company_buyer",
      " WHERE o.company_id = :company AND :drive = 0 AND :user > 0 AND o.placed_by_user_id = :user",
      T_DATES | T_UNIT | T_STATUS | T_SETS },
    { BY_DATE, " INDEXED BY orders_company_status",
      " WHERE o.company_id = :company AND :drive = 0 AND :user = 0 AND :st <> '' AND o.status = :st",
      T_DATES | T_UNIT | T_SETS },
    { BY_DATE, " INDEXED BY orders_company_placed",
      " WHERE o.company_id = :company AND :drive = 0 AND :user = 0 AND :st = ''",
      T_DATES | T_UNIT | T_STATUS | T_SETS },
};

static const struct way_in staff_ways[] = {
    { BY_ANY, " NOT INDEXED", BY_NUMBERS, T_DATES | T_COMPANY_FILTER | T_STATUS | T_CHANNEL | T_PO | T_STAFF_SCOPE },
    { BY_ANY, " NOT INDEXED", BY_PO_PREFIX, T_DATES | T_COMPANY_FILTER | T_STATUS | T_CHANNEL | T_STAFF_SCOPE },
    { BY_ANY, " INDEXED BY orders_company_status",
      " WHERE o.company_id = :company_filter AND :drive = 0 AND :company_filter IS NOT NULL AND :st <> ''"
      " AND o.status = :st",
      T_DATES | T_CHANNEL | T_PO_PREFIX_SET | T_STAFF_SCOPE },
    { BY_ANY, " INDEXED BY orders_company_placed", " WHERE o.company_id = :company_filter AND :drive = 0"
      " AND :company_filter IS NOT NULL AND :st = ''",
      T_DATES | T_STATUS | T_CHANNEL | T_PO_PREFIX_SET | T_STAFF_SCOPE },
    { BY_ANY, " INDEXED BY orders_status_placed", " WHERE :drive = 0 AND :company_filter IS NULL AND :st <> ''"
      " AND o.status = :st",
      T_DATES | T_CHANNEL | T_PO_PREFIX_SET | T_STAFF_SCOPE },
    { BY_ANY, " INDEXED BY orders_placed", " WHERE :drive = 0 AND :company_filter IS NULL AND :st = ''",
      T_DATES | T_STATUS | T_CHANNEL | T_PO_PREFIX_SET | T_STAFF_SCOPE },
};

/* The list as most people see it: a member who sees the whole company,
 * with no filter but the dates. One walk of one index, without the other
 * ways beside it: the union of every way, each behind its guard, cost 70%
 * more virtual machine steps a row, and this is the page an administrator
 * opens first. (plain_list decides when it serves.) */
static const struct way_in plain_ways[] = {
    { BY_DATE, " INDEXED BY orders_company_placed", " WHERE o.company_id = :company", T_DATES },
    { BY_TOTAL, "", " WHERE o.company_id = :company", T_DATES },
};
/* The same for the staff: every company they may see, no filter but the
 * dates (the last of staff_ways alone). */
static const struct way_in staff_plain_ways[] = {
    { BY_ANY, " INDEXED BY orders_placed", " WHERE :drive = 0", T_DATES | T_STAFF_SCOPE },
};

/* The branches of a page, joined by UNION ALL: "SELECT <cols> FROM orders
 * o <index> WHERE ...". cols must give the sort key and id under their
 * names in orders (placed_at / total_cents, id). */
static void list_branches(struct sql *q, const struct way_in *ways, size_t n_ways, enum walk w, const char *cols)
{
    char seek[128];
    /* The dates' bounds already hold the cursor's (see the page function);
     * a total gets its own bound so the index range starts there. */
    snprintf(seek, sizeof seek, "%s AND (o.%s, o.id) %s (:ck, :cid)",
             walk_by_date(w) ? "" : walk_desc(w) ? " AND o.total_cents <= :ck" : " AND o.total_cents >= :ck",
             walk_key(w), walk_desc(w) ? "<" : ">");
    int first = 1;
    for (size_t i = 0; i < n_ways; i++) {
        if (!(ways[i].walks & (walk_by_date(w) ? BY_DATE : BY_TOTAL))) continue;
        add(q, "%sSELECT %s FROM orders o%s%s", first ? "" : " UNION ALL ", cols, ways[i].index, ways[i].where);
        for (size_t t = 0; t < sizeof row_tests / sizeof row_tests[0]; t++)
            if (ways[i].tests & (1u << t)) add(q, "%s", row_tests[t]);
        add(q, "%s", seek);
        first = 0;
    }
}

static void list_order(struct sql *q, enum walk w, const char *prefix, int with_lines)
{
    const char *dir = walk_desc(w) ? "DESC" : "ASC";
    add(q, " ORDER BY %s%s %s, %sid %s%s", prefix, walk_key(w), dir, prefix, dir, with_lines ? ", l.line_no" : "");
}

static struct sql sql_buf;

#define N_WAYS(ways) (sizeof ways / sizeof ways[0])

static const char *page_sql(const struct way_in *ways, size_t n_ways, enum walk w)
{
    struct sql *q = &sql_buf;
    q->len = 0;
    /* The page's orders are chosen first (orders' own columns), then only
     * those rows get their names and latest shipment. */
    add(q, SUBTREE_CTE
        "SELECT p.id, p.number, p.placed_at, p.po_number, " PLACED_BY("p") ", p.ship_to_label,"
        " p.total_cents, p.currency, p.status, p.channel, COALESCE(s.carrier, ''), COALESCE(s.tracking_number, ''),"
        " p.company_id, COALESCE(c.name, '')"
        " FROM (");
    list_branches(q, ways, n_ways, w, "o.id, o.number, o.placed_at, o.po_number, o.placed_by_user_id, o.ship_to_label,"
                               " o.total_cents, o.currency, o.status, o.channel, o.company_id");
    list_order(q, w, "", 0);
    add(q, " LIMIT :limit) p"
        " LEFT JOIN users u ON u.id = p.placed_by_user_id"
        " LEFT JOIN companies c ON c.id = p.company_id"
        " LEFT JOIN shipments s ON s.id = (SELECT s2.id FROM shipments s2 WHERE s2.order_id = p.id"
        "   ORDER BY s2.shipped_at DESC, s2.id DESC LIMIT 1)");
    list_order(q, w, "p.", 0);
    return q->text;
}

static const char *export_sql(enum walk w, int with_lines)
{
    struct sql *q = &sql_buf;
    q->len = 0;
    char cols[1024];
    snprintf(cols, sizeof cols,
        "o.number, o.placed_at AS placed_at, o.status, o.channel, o.po_number, " PLACED_BY("o") ","
        " COALESCE(b.name, ''), o.ship_to_label, o.currency, o.subtotal_cents, o.shipping_cents, o.tax_cents,"
        " o.total_cents AS total_cents, COALESCE(s.carrier, ''), COALESCE(s.tracking_number, ''), o.id AS id%s",
        with_lines ? ", l.line_no AS line_no, l.sku, l.name, l.unit, l.quantity, l.quantity_shipped, l.unit_price_cents,"
                     " l.line_total_cents" : "");
    char joins[1024];
    snprintf(joins, sizeof joins,
        "%sLEFT JOIN users u ON u.id = o.placed_by_user_id"
        " LEFT JOIN business_units b ON b.id = o.business_unit_id"
        " LEFT JOIN shipments s ON s.id = (SELECT s2.id FROM shipments s2 WHERE s2.order_id = o.id"
        "   ORDER BY s2.shipped_at DESC, s2.id DESC LIMIT 1)",
        with_lines ? "JOIN order_lines l ON l.order_id = o.id " : "");
    /* The export reads every matching row anyway: one walk in sort order
     * with every filter tested per row. */
    add(q, SUBTREE_CTE "SELECT %s FROM orders o %s WHERE o.company_id = :company"
        F_DATES F_USER F_UNIT F_STATUS F_NUMBER F_PO F_SKU, cols, joins);
    list_order(q, w, "o.", with_lines);
    return q->text;
}

/* The families' variants, numbered for DB_STATEMENT_FAMILY. */
static const char *page_variant(int v)
{
    enum walk w = (enum walk)(v % WALK_COUNT);
    return v / WALK_COUNT == ORDER_LIST_STAFF ? page_sql(staff_ways, N_WAYS(staff_ways), w)
                                              : page_sql(member_ways, N_WAYS(member_ways), w);
}
static const char *plain_variant(int v)
{
    enum walk w = (enum walk)(v % WALK_COUNT);
    return v / WALK_COUNT == ORDER_LIST_STAFF ? page_sql(staff_plain_ways, N_WAYS(staff_plain_ways), w)
                                              : page_sql(plain_ways, N_WAYS(plain_ways), w);
}
static const char *export_variant(int v) { return export_sql((enum walk)(v % WALK_COUNT), v / WALK_COUNT); }

static const char *count_sql(int variant)
{
    (void)variant;
    struct sql *q = &sql_buf;
    q->len = 0;
    const char *c = "(SELECT COUNT(*) FROM orders o";
    add(q, SUBTREE_CTE "SELECT ");
    add(q, "%s NOT INDEXED" BY_NUMBER_SET F_DATES F_USER F_UNIT F_STATUS F_PO_SET F_SKU ")", c);
    add(q, " + %s NOT INDEXED" BY_SKU_SET F_DATES F_USER F_UNIT F_STATUS F_NUMBER_SET F_PO_SET ")", c);
    /* a member within a unit (a unit's viewer filtering by who placed):
     * orders_company_buyer_unit */
    add(q, " + %s WHERE o.company_id = :company AND :drive = 0 AND :user > 0 AND :unit > 0"
           " AND o.placed_by_user_id = :user AND o.business_unit_id IN (SELECT id FROM subtree)"
           F_DATES_UNSET_OR F_STATUS F_SETS ")", c);
    add(q, " + %s WHERE o.company_id = :company AND :drive = 0 AND :user > 0 AND :unit = 0"
           " AND o.placed_by_user_id = :user" F_DATES F_STATUS F_SETS ")", c);
    add(q, " + %s WHERE o.company_id = :company AND :drive = 0 AND :user = 0 AND :unit > 0"
           " AND o.business_unit_id IN (SELECT id FROM subtree)" F_DATES F_STATUS F_SETS ")", c);
    add(q, " + %s WHERE o.company_id = :company AND :drive = 0 AND :user = 0 AND :unit = 0 AND :s1 <> ''"
           " AND o.status IN (:s1, :s2, :s3, :s4, :s5, :s6, :s7)" F_DATES F_SETS ")", c);
    /* dates and sets only: counted from orders_company_placed alone; and
     * with nothing but dates, without a test per entry */
    add(q, " + %s WHERE o.company_id = :company AND :drive = 0 AND :user = 0 AND :unit = 0 AND :s1 = ''"
           " AND (:number <> '' OR :po <> '' OR :sku <> '')" F_DATES F_SETS ")", c);
    add(q, " + %s WHERE o.company_id = :company AND :drive = 0 AND :user = 0 AND :unit = 0 AND :s1 = ''"
           " AND :number = '' AND :po = '' AND :sku = ''" F_DATES ")", c);
    return q->text;
}

/* --- binding ---------------------------------------------------------- */

/* The staff's number: the portal numbers it may mean (unused places
 * repeat the first), and itself as an ERP number. */
static void bind_numbers(sqlite3_stmt *st, const char *number)
{
    char candidates[ORDER_NUMBER_CANDIDATES][ORDER_NUMBER_CANDIDATE_SIZE];
    int64_t now = clock_now(), days = now / 86400 - (now % 86400 < 0);
    int n = order_number_candidates(number, civil_date_from_days(days).year, candidates, ORDER_NUMBER_CANDIDATES);
    for (int i = 0; i < ORDER_NUMBER_CANDIDATES; i++) {
        char name[8];
        snprintf(name, sizeof name, ":n%d", i + 1);
        db_bind_named_text(st, name, candidates[i < n ? i : 0]);
    }
    db_bind_named_text(st, ":erp", number);
}

/* A PO beginning as the range [lo, hi) of PO numbers, compared without
 * case: lo is the text in lower case, hi the same with its last byte one
 * higher (a superset when that byte becomes a letter; the LIKE decides). */
static void po_range(const char *po, char *lo, char *hi, size_t size)
{
    size_t n = strlen(po);
    if (n >= size) n = 0;
    for (size_t i = 0; i < n; i++) lo[i] = (char)(po[i] >= 'A' && po[i] <= 'Z' ? po[i] - 'A' + 'a' : po[i]);
    lo[n] = '\0';
    memcpy(hi, lo, n + 1);
    if (n) hi[n - 1] = (char)((unsigned char)hi[n - 1] + 1);
}

static void bind_filters(sqlite3_stmt *st, const struct order_list_query *q)
{
    const struct order_filter *f = q->filter;
    int staff = f->scope == ORDER_LIST_STAFF;
    /* Each list binds only its own company parameter (see F_COMPANY_FILTER). */
    if (!staff) db_bind_named_int64(st, ":company", q->company_id);
    else if (q->company_filter > 0) db_bind_named_int64(st, ":company_filter", q->company_filter);
    db_bind_named_int64(st, ":user", q->user_id);
    db_bind_named_int64(st, ":unit", q->unit_id > 0 ? q->unit_id : 0);
    db_bind_named_int64(st, ":from", f->from_ts);
    db_bind_named_int64(st, ":to", f->to_ts);
    /* status: one state repeated, or the open ones, or '' for any */
    const char *names[] = { ":s1", ":s2", ":s3", ":s4", ":s5", ":s6", ":s7" };
    int open = strcmp(f->status, "open") == 0;
    for (int i = 0; i < 7; i++)
        db_bind_named_text(st, names[i], open ? order_open_statuses[i < order_open_status_count ? i : 0] : f->status);
    db_bind_named_text(st, ":st", open ? "" : f->status);
    db_bind_named_text(st, ":number", f->number);
    if (staff && f->number[0]) bind_numbers(st, f->number);
    char po[sizeof f->po * 2 + 3];
    order_like_pattern(f->po, !staff, po, sizeof po);
    db_bind_named_text(st, ":po", po);
    if (staff && f->po[0]) {
        char lo[sizeof f->po], hi[sizeof f->po];
        po_range(f->po, lo, hi, sizeof lo);
        db_bind_named_text(st, ":po_lo", lo);
        db_bind_named_text(st, ":po_hi", hi);
    }
    db_bind_named_text(st, ":sku", f->sku);
    db_bind_named_text(st, ":channel", f->channel);
}

/* Which way in: 1, 2 (3: pages only) when the number, SKU (unit) set has
 * at most `max` entries (counted in their own indexes, never more than
 * max + 1 read), else 0 (walk an index). A page prefers the walk unless the set is tiny
 * (the walk stops after 26 rows); a count, which visits every match,
 * prefers the set unless it is large. The staff's list: 1 for a number
 * (a dozen orders at most), 2 for a PO beginning with at most `max`. */
#define DRIVE_PAGE_MAX 250
#define DRIVE_COUNT_MAX 5000
static int drive_of(const struct order_list_query *q, int max, int with_unit)
{
    const struct order_filter *f = q->filter;
    if (f->scope == ORDER_LIST_STAFF) {
        if (f->number[0]) return 1;   /* a dozen orders at most */
        if (!f->po[0]) return 0;
        DB_STATEMENT(slot, "SELECT COUNT(*) FROM (SELECT 1 FROM orders WHERE " PO_RANGE " LIMIT :max)");
        sqlite3_stmt *st = db_use(&slot);
        if (!st) return 0;
        bind_filters(st, q);
        db_bind_named_int64(st, ":max", max + 1);
        int few = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) <= max;
        sqlite3_reset(st);
        return few ? 2 : 0;
    }
    if (f->number[0]) {
        DB_STATEMENT(slot, "SELECT COUNT(*) FROM (SELECT 1 FROM orders WHERE number >= ?1 AND number < ?1 || char(127) LIMIT ?2)");
        sqlite3_stmt *st = db_use(&slot);
        if (st) {
            sqlite3_bind_text(st, 1, f->number, -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(st, 2, max + 1);
            int few = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) <= max;
            sqlite3_reset(st);
            if (few) return 1;
        }
    }
    if (f->sku[0]) {
        DB_STATEMENT(slot, "SELECT COUNT(*) FROM (SELECT 1 FROM order_lines WHERE company_id = ?1 AND sku = ?2 LIMIT ?3)");
        sqlite3_stmt *st = db_use(&slot);
        if (st) {
            sqlite3_bind_int64(st, 1, q->company_id);
            sqlite3_bind_text(st, 2, f->sku, -1, SQLITE_TRANSIENT);
            sqlite3_bind_int(st, 3, max + 1);
            int few = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) <= max;
            sqlite3_reset(st);
            if (few) return 2;
        }
    }
    if (with_unit && q->unit_id > 0) {
        DB_STATEMENT(slot, SUBTREE_CTE "SELECT COUNT(*) FROM (SELECT 1 FROM orders WHERE company_id = :company"
            " AND business_unit_id IN (SELECT id FROM subtree) LIMIT :max)");
        sqlite3_stmt *st = db_use(&slot);
        if (st) {
            db_bind_named_int64(st, ":company", q->company_id);
            db_bind_named_int64(st, ":unit", q->unit_id);
            db_bind_named_int64(st, ":max", max + 1);
            int few = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) <= max;
            sqlite3_reset(st);
            if (few) return 3;
        }
    }
    return 0;
}

/* --- queries ---------------------------------------------------------- */

/* A list with nothing to narrow it but the dates (plain_ways,
 * staff_plain_ways). */
static int plain_list(const struct order_list_query *q, int drive)
{
    const struct order_filter *f = q->filter;
    if (drive != 0 || f->status[0] || f->number[0] || f->po[0]) return 0;
    if (f->scope == ORDER_LIST_STAFF) return q->company_filter <= 0 && !f->channel[0];
    return q->user_id == 0 && q->unit_id <= 0 && !f->sku[0];
}

int store_order_list_rows(const struct order_list_query *q, struct order_list_row *out, int max)
{
    DB_STATEMENT_FAMILY(pages, ORDER_LIST_SCOPE_COUNT * WALK_COUNT, page_variant);
    DB_STATEMENT_FAMILY(plain_pages, ORDER_LIST_SCOPE_COUNT * WALK_COUNT, plain_variant);
    const struct order_filter *f = q->filter;
    enum order_list_scope scope = f->scope == ORDER_LIST_STAFF ? ORDER_LIST_STAFF : ORDER_LIST_MEMBER;
    int backwards = f->cursor.dir == ORDER_PAGE_BEFORE;
    enum walk w = walk_of(f->sort, backwards);
    int drive = drive_of(q, DRIVE_PAGE_MAX, 1);
    sqlite3_stmt *st = db_use_variant(plain_list(q, drive) ? &plain_pages : &pages, (int)scope * WALK_COUNT + (int)w);
    if (!st) return -1;
    /* The staff's list never runs without the companies it may show. */
    if (scope == ORDER_LIST_STAFF && staff_scope_bind(st, q->staff_scope) != 0) return -1;
    bind_filters(st, q);
    db_bind_named_int64(st, ":drive", drive);
    if (f->cursor.dir == ORDER_PAGE_FIRST) {
        db_bind_named_int64(st, ":ck", walk_desc(w) ? INT64_MAX : INT64_MIN);
        db_bind_named_int64(st, ":cid", walk_desc(w) ? INT64_MAX : INT64_MIN);
    } else {
        db_bind_named_int64(st, ":ck", f->cursor.key);
        db_bind_named_int64(st, ":cid", f->cursor.id);
        /* By date, the cursor narrows the date range itself, so the index
         * walk starts at the cursor (a second bound on the same column
         * would be left unused). */
        if (walk_by_date(w) && walk_desc(w) && f->cursor.key < INT64_MAX && f->cursor.key + 1 < f->to_ts)
            db_bind_named_int64(st, ":to", f->cursor.key + 1);
        if (walk_by_date(w) && !walk_desc(w) && f->cursor.key > f->from_ts)
            db_bind_named_int64(st, ":from", f->cursor.key);
    }
    db_bind_named_int64(st, ":limit", max);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct order_list_row *o = &out[n++];
        o->id = sqlite3_column_int64(st, 0);
        DB_COPY(o->number, st, 1);
        o->placed_at = sqlite3_column_int64(st, 2);
        DB_COPY(o->po_number, st, 3);
        DB_COPY(o->placed_by, st, 4);
        DB_COPY(o->ship_to_label, st, 5);
        o->total = sqlite3_column_int64(st, 6);
        DB_COPY(o->currency, st, 7);
        DB_COPY(o->status, st, 8);
        DB_COPY(o->channel, st, 9);
        DB_COPY(o->carrier, st, 10);
        DB_COPY(o->tracking_number, st, 11);
        o->company_id = sqlite3_column_int64(st, 12);
        DB_COPY(o->company, st, 13);
    }
    int ok = n == max || rc == SQLITE_DONE;
    sqlite3_reset(st);
    if (!ok) return -1;
    if (backwards)   /* walked back: put the rows in display order */
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            struct order_list_row t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
    return n;
}

int store_order_list_page(const struct order_list_query *q, struct order_list_row *rows, int page_size,
                          struct order_list_page *page)
{
    const struct order_filter *f = q->filter;
    int n = store_order_list_rows(q, rows, page_size + 1);
    page->dir = f->cursor.dir;
    page->has_prev = page->has_next = 0;
    if (n >= 0 && f->cursor.dir == ORDER_PAGE_BEFORE) {
        if (n <= page_size) {
            /* walked back to the start: show a full first page instead */
            struct order_filter first = *f;
            struct order_list_query from_start = *q;
            first.cursor.dir = ORDER_PAGE_FIRST;
            from_start.filter = &first;
            page->dir = ORDER_PAGE_FIRST;
            n = store_order_list_rows(&from_start, rows, page_size + 1);
            page->has_next = n > page_size;
        } else {
            /* one row too many, at the front (the first in display order) */
            memmove(&rows[0], &rows[1], sizeof rows[0] * (size_t)page_size);
            page->has_prev = 1;
            page->has_next = 1;
        }
    } else if (n >= 0) {
        page->has_prev = f->cursor.dir == ORDER_PAGE_AFTER;
        page->has_next = n > page_size;
    }
    page->n = n < 0 ? 0 : n > page_size ? page_size : n;
    return n < 0 ? -1 : 0;
}

int store_bo_order_list_page(const struct staff_scope *scope, const struct order_list_query *q,
                             struct order_list_row *rows, int page_size, struct order_list_page *page)
{
    if (q->filter->scope != ORDER_LIST_STAFF) return -1;
    struct order_list_query scoped = *q;
    scoped.staff_scope = scope;
    return store_order_list_page(&scoped, rows, page_size, page);
}

struct order_cursor order_list_cursor(const struct order_filter *f, enum order_page_dir dir,
                                      const struct order_list_row *row)
{
    return (struct order_cursor){ dir, order_sort_by_total(f->sort) ? row->total : row->placed_at, row->id };
}

/* Narrowed by nothing but the member and the status (the list's usual
 * view): read from order_counts (sql/023), a few rows whatever the
 * company's size. */
static int counted_ahead(const struct order_list_query *q)
{
    const struct order_filter *f = q->filter;
    return q->unit_id <= 0 && f->from_ts == INT64_MIN && f->to_ts == INT64_MAX
        && !f->number[0] && !f->po[0] && !f->sku[0];
}

int store_order_list_count(const struct order_list_query *q, int64_t *count)
{
    DB_STATEMENT_FAMILY(counts, 1, count_sql);
    DB_STATEMENT(kept, "SELECT COALESCE(SUM(n), 0) FROM order_counts WHERE company_id = :company"
        " AND placed_by_user_id = :user AND (:s1 = '' OR status IN (:s1, :s2, :s3, :s4, :s5, :s6, :s7))");
    if (q->filter->scope != ORDER_LIST_MEMBER) return -1;
    int ahead = counted_ahead(q);
    int drive = ahead ? 0 : drive_of(q, DRIVE_COUNT_MAX, 0);
    sqlite3_stmt *st = ahead ? db_use(&kept) : db_use(&counts);
    if (!st) return -1;
    bind_filters(st, q);
    db_bind_named_int64(st, ":drive", drive);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) *count = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

int store_order_list_export(const struct order_list_query *q, int with_lines, order_export_fn fn, void *ctx)
{
    DB_STATEMENT_FAMILY(exports, 2 * WALK_COUNT, export_variant);
    if (q->filter->scope != ORDER_LIST_MEMBER) return -1;
    enum walk w = walk_of(q->filter->sort, 0);
    with_lines = with_lines ? 1 : 0;
    sqlite3_stmt *st = db_use_variant(&exports, with_lines * WALK_COUNT + (int)w);
    if (!st) return -1;
    bind_filters(st, q);
    int rc, result = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct order_export_row r = {
            .number = db_column_text(st, 0),
            .placed_at = sqlite3_column_int64(st, 1),
            .status = db_column_text(st, 2),
            .channel = db_column_text(st, 3),
            .po_number = db_column_text(st, 4),
            .placed_by = db_column_text(st, 5),
            .unit_name = db_column_text(st, 6),
            .ship_to_label = db_column_text(st, 7),
            .currency = db_column_text(st, 8),
            .subtotal = sqlite3_column_int64(st, 9),
            .shipping = sqlite3_column_int64(st, 10),
            .tax = sqlite3_column_int64(st, 11),
            .total = sqlite3_column_int64(st, 12),
            .carrier = db_column_text(st, 13),
            .tracking_number = db_column_text(st, 14),
        };
        if (with_lines) {
            r.line_no = sqlite3_column_int(st, 16);
            r.sku = db_column_text(st, 17);
            r.name = db_column_text(st, 18);
            r.unit = db_column_text(st, 19);
            r.quantity = sqlite3_column_int64(st, 20);
            r.quantity_shipped = sqlite3_column_int64(st, 21);
            r.unit_price = sqlite3_column_int64(st, 22);
            r.line_total = sqlite3_column_int64(st, 23);
        }
        if ((result = fn(ctx, &r)) != 0) break;
    }
    if (result == 0 && rc != SQLITE_DONE) result = -1;
    sqlite3_reset(st);
    return result;
}

int store_order_history_member_unit(int64_t company_id, int64_t user_id, int64_t *unit_id)
{
    DB_STATEMENT(slot, "SELECT COALESCE(business_unit_id, 0) FROM memberships WHERE company_id = ? AND user_id = ?");
    sqlite3_stmt *st = db_use(&slot);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, company_id);
    sqlite3_bind_int64(st, 2, user_id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) *unit_id = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_order_history_units(int64_t company_id, struct order_unit_option *out, int max)
{
    DB_STATEMENT(slot, "SELECT id, COALESCE(parent_id, 0), name FROM business_units WHERE company_id = ? ORDER BY name, id");
    sqlite3_stmt *st = db_use(&slot);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, company_id);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        out[n].id = sqlite3_column_int64(st, 0);
        out[n].parent_id = sqlite3_column_int64(st, 1);
        DB_COPY(out[n].name, st, 2);
        n++;
    }
    int ok = n == max || rc == SQLITE_DONE;
    sqlite3_reset(st);
    return ok ? n : -1;
}

int store_order_reorder_lines(int64_t company_id, int64_t order_id, struct reorder_line *out, int max)
{
    DB_STATEMENT(slot, "SELECT l.line_no, l.sku, l.name, l.quantity, COALESCE(p.id, 0), COALESCE(p.active, 0),"
        "       COALESCE(p.pack_size, 1), COALESCE(p.min_order_qty, 1), COALESCE(p.unit_of_measure, l.unit)"
        "  FROM order_lines l"
        "  LEFT JOIN products p ON p.id = COALESCE(l.product_id, (SELECT p2.id FROM products p2 WHERE p2.sku = l.sku))"
        " WHERE l.order_id = ? AND l.company_id = ? ORDER BY l.line_no");
    /* The line's own product when it has one; older lines (and offline
     * orders) name it by SKU only. */
    sqlite3_stmt *st = db_use(&slot);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, order_id);
    sqlite3_bind_int64(st, 2, company_id);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct reorder_line *l = &out[n++];
        l->line_no = sqlite3_column_int(st, 0);
        DB_COPY(l->sku, st, 1);
        DB_COPY(l->name, st, 2);
        l->quantity = sqlite3_column_int64(st, 3);
        l->product_id = sqlite3_column_int64(st, 4);
        l->active = sqlite3_column_int(st, 5);
        l->pack_size = sqlite3_column_int64(st, 6);
        l->min_order_qty = sqlite3_column_int64(st, 7);
        DB_COPY(l->unit, st, 8);
    }
    int ok = n == max || rc == SQLITE_DONE;
    sqlite3_reset(st);
    return ok ? n : -1;
}
