#include "catalog/products_admin_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

/* "%" + q with %, _ and \ escaped + "%". */
static void like_pattern(const char *in, char *out, size_t size)
{
    size_t o = 0;
    if (size < 3) { if (size) out[0] = 0; return; }
    out[o++] = '%';
    for (; *in && o + 3 < size; in++) {
        if (*in == '%' || *in == '_' || *in == '\\') out[o++] = '\\';
        out[o++] = *in;
    }
    out[o++] = '%';
    out[o] = 0;
}

#define PRODUCT_COLUMNS "p.id, p.sku, p.name, p.description, p.category_id, COALESCE(c.name, ''), p.unit_of_measure," \
                        " p.pack_size, p.min_order_qty, p.list_price_cents, p.weight_grams, p.active"

static void read_product(sqlite3_stmt *q, struct pa_product *p)
{
    p->id = sqlite3_column_int64(q, 0);
    DB_COPY(p->sku, q, 1);
    DB_COPY(p->name, q, 2);
    DB_COPY(p->description, q, 3);
    p->category_id = sqlite3_column_int64(q, 4);
    DB_COPY(p->category, q, 5);
    DB_COPY(p->unit, q, 6);
    p->pack_size = sqlite3_column_int64(q, 7);
    p->min_order_qty = sqlite3_column_int64(q, 8);
    p->list_price_cents = sqlite3_column_int64(q, 9);
    p->weight_grams = sqlite3_column_int64(q, 10);
    p->active = sqlite3_column_int(q, 11);
}

int store_pa_products(const char *search, int64_t category_id, int active, int offset, struct pa_product *out,
                      int max, int *total)
{
    DB_STATEMENT(st, "SELECT " PRODUCT_COLUMNS ", COUNT(*) OVER () FROM products p LEFT JOIN categories c ON c.id = p.category_id"
        " WHERE (?1 = '' OR p.sku LIKE ?2 ESCAPE '\\' OR p.name LIKE ?2 ESCAPE '\\')"
        " AND (?3 = 0 OR p.category_id = ?3) AND (?4 < 0 OR p.active = ?4)"
        " ORDER BY p.sku LIMIT ?5 OFFSET ?6");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    char pattern[512];
    like_pattern(search, pattern, sizeof pattern);
    db_bind_text(q, 1, search);
    db_bind_text(q, 2, pattern);
    sqlite3_bind_int64(q, 3, category_id);
    sqlite3_bind_int(q, 4, active);
    sqlite3_bind_int(q, 5, max);
    sqlite3_bind_int(q, 6, offset);
    int n = 0, rc;
    *total = 0;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) {
        read_product(q, &out[n++]);
        *total = sqlite3_column_int(q, 12);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return -1;
    sqlite3_reset(q);
    return n;
}

int store_pa_product_get(int64_t id, struct pa_product *out)
{
    DB_STATEMENT(st, "SELECT " PRODUCT_COLUMNS " FROM products p LEFT JOIN categories c ON c.id = p.category_id WHERE p.id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    read_product(q, out);
    sqlite3_reset(q);
    return 1;
}

int store_pa_sku_taken(const char *sku, int64_t except_id)
{
    DB_STATEMENT(st, "SELECT 1 FROM products WHERE sku = ? COLLATE NOCASE AND id <> ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, sku);
    sqlite3_bind_int64(q, 2, except_id);
    return db_step_exists(q);
}

static void bind_product(sqlite3_stmt *q, const struct pa_product *p)
{
    db_bind_text(q, 1, p->sku);
    db_bind_text(q, 2, p->name);
    db_bind_text(q, 3, p->description);
    sqlite3_bind_int64(q, 4, p->category_id);
    db_bind_text(q, 5, p->unit);
    sqlite3_bind_int64(q, 6, p->pack_size);
    sqlite3_bind_int64(q, 7, p->min_order_qty);
    sqlite3_bind_int64(q, 8, p->list_price_cents);
    sqlite3_bind_int64(q, 9, p->weight_grams);
    sqlite3_bind_int(q, 10, p->active ? 1 : 0);
}

int store_pa_product_insert(const struct pa_product *p, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO products (sku, name, description, category_id, unit_of_measure, pack_size, min_order_qty,"
        " list_price_cents, weight_grams, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    bind_product(q, p);
    if (db_step_done(q) != 0) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_pa_product_update(const struct pa_product *p)
{
    DB_STATEMENT(st, "UPDATE products SET sku = ?, name = ?, description = ?, category_id = ?, unit_of_measure = ?,"
        " pack_size = ?, min_order_qty = ?, list_price_cents = ?, weight_grams = ?, active = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    bind_product(q, p);
    sqlite3_bind_int64(q, 11, p->id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 0 : -1;
}

int store_pa_product_by_sku(const char *sku, int64_t *id, char *name, size_t name_size)
{
    DB_STATEMENT(st, "SELECT id, name FROM products WHERE sku = ? COLLATE NOCASE");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, sku);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    *id = sqlite3_column_int64(q, 0);
    db_copy_text(name, name_size, q, 1);
    sqlite3_reset(q);
    return 1;
}

int store_pa_categories(struct pa_category *out, int max)
{
    DB_STATEMENT(st, "WITH RECURSIVE t(id, name, depth, path) AS ("
        " SELECT id, name, 0, name FROM categories WHERE parent_id IS NULL"
        " UNION ALL SELECT c.id, c.name, t.depth + 1, t.path || char(31) || c.name"
        " FROM categories c JOIN t ON c.parent_id = t.id WHERE t.depth < 10)"
        " SELECT id, name, depth FROM t ORDER BY path COLLATE NOCASE");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) {
        out[n].id = sqlite3_column_int64(q, 0);
        DB_COPY(out[n].name, q, 1);
        out[n].depth = sqlite3_column_int(q, 2);
        n++;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return -1;
    sqlite3_reset(q);
    return n;
}

int store_pa_category_exists(int64_t id)
{
    DB_STATEMENT(st, "SELECT 1 FROM categories WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    return db_step_exists(q);
}

#define LIST_COLUMNS "l.id, l.name, l.currency," \
    " (SELECT COUNT(*) FROM price_list_items i WHERE i.price_list_id = l.id)," \
    " (SELECT COUNT(DISTINCT product_id) FROM price_list_items i WHERE i.price_list_id = l.id)," \
    " COALESCE((SELECT group_concat(name, ', ') FROM (SELECT name FROM companies c WHERE c.price_list_id = l.id ORDER BY name)), '')"

static void read_list(sqlite3_stmt *q, struct pa_price_list *l)
{
    l->id = sqlite3_column_int64(q, 0);
    DB_COPY(l->name, q, 1);
    DB_COPY(l->currency, q, 2);
    l->item_count = sqlite3_column_int(q, 3);
    l->product_count = sqlite3_column_int(q, 4);
    DB_COPY(l->companies, q, 5);
}

int store_pa_price_lists(struct pa_price_list *out, int max)
{
    DB_STATEMENT(st, "SELECT " LIST_COLUMNS " FROM price_lists l ORDER BY l.name COLLATE NOCASE");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) read_list(q, &out[n++]);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return -1;
    sqlite3_reset(q);
    return n;
}

int store_pa_price_list_get(int64_t id, struct pa_price_list *out)
{
    DB_STATEMENT(st, "SELECT " LIST_COLUMNS " FROM price_lists l WHERE l.id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    read_list(q, out);
    sqlite3_reset(q);
    return 1;
}

int store_pa_price_list_name_taken(const char *name, int64_t except_id)
{
    DB_STATEMENT(st, "SELECT 1 FROM price_lists WHERE name = ? COLLATE NOCASE AND id <> ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    sqlite3_bind_int64(q, 2, except_id);
    return db_step_exists(q);
}

int store_pa_price_list_insert(const char *name, int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO price_lists (name, currency, created_at) VALUES (?, 'USD', ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    sqlite3_bind_int64(q, 2, now);
    if (db_step_done(q) != 0) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_pa_price_list_rename(int64_t id, const char *name)
{
    DB_STATEMENT(st2, "UPDATE companies SET price_list_name = ? WHERE price_list_id = ?");
    DB_STATEMENT(st1, "UPDATE price_lists SET name = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st1);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    sqlite3_bind_int64(q, 2, id);
    if (db_step_done(q) != 0 || sqlite3_changes(db_handle()) != 1) return -1;
    q = db_use(&st2);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    sqlite3_bind_int64(q, 2, id);
    return db_step_done(q);
}

int store_pa_items(int64_t list_id, struct pa_item *out, int max)
{
    DB_STATEMENT(st, "SELECT p.id, p.sku, p.name, p.list_price_cents, i.min_qty, i.unit_price_cents"
        " FROM price_list_items i JOIN products p ON p.id = i.product_id"
        " WHERE i.price_list_id = ? ORDER BY p.sku, i.min_qty");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) {
        struct pa_item *it = &out[n++];
        it->product_id = sqlite3_column_int64(q, 0);
        DB_COPY(it->sku, q, 1);
        DB_COPY(it->name, q, 2);
        it->list_price_cents = sqlite3_column_int64(q, 3);
        it->min_qty = sqlite3_column_int64(q, 4);
        it->unit_price_cents = sqlite3_column_int64(q, 5);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return -1;
    sqlite3_reset(q);
    return n;
}

int store_pa_item_price(int64_t list_id, int64_t product_id, int64_t min_qty, int64_t *price)
{
    DB_STATEMENT(st, "SELECT unit_price_cents FROM price_list_items WHERE price_list_id = ? AND product_id = ? AND min_qty = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    sqlite3_bind_int64(q, 2, product_id);
    sqlite3_bind_int64(q, 3, min_qty);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    *price = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return 1;
}

int store_pa_item_upsert(int64_t list_id, int64_t product_id, int64_t min_qty, int64_t price)
{
    DB_STATEMENT(st, "INSERT INTO price_list_items (price_list_id, product_id, min_qty, unit_price_cents) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (price_list_id, product_id, min_qty) DO UPDATE SET unit_price_cents = excluded.unit_price_cents");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    sqlite3_bind_int64(q, 2, product_id);
    sqlite3_bind_int64(q, 3, min_qty);
    sqlite3_bind_int64(q, 4, price);
    return db_step_done(q);
}

int store_pa_item_delete(int64_t list_id, int64_t product_id, int64_t min_qty)
{
    DB_STATEMENT(st, "DELETE FROM price_list_items WHERE price_list_id = ? AND product_id = ? AND min_qty = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    sqlite3_bind_int64(q, 2, product_id);
    sqlite3_bind_int64(q, 3, min_qty);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle());
}

static void read_company(sqlite3_stmt *q, struct pa_company *c)
{
    c->id = sqlite3_column_int64(q, 0);
    DB_COPY(c->name, q, 1);
    c->price_list_id = sqlite3_column_int64(q, 2);
    DB_COPY(c->price_list_name, q, 3);
}

int store_pa_companies(struct pa_company *out, int max)
{
    DB_STATEMENT(st, "SELECT id, name, COALESCE(price_list_id, 0), price_list_name FROM companies ORDER BY name COLLATE NOCASE, id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) read_company(q, &out[n++]);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return -1;
    sqlite3_reset(q);
    return n;
}

int store_pa_company_get(int64_t id, struct pa_company *out)
{
    DB_STATEMENT(st, "SELECT id, name, COALESCE(price_list_id, 0), price_list_name FROM companies WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    read_company(q, out);
    sqlite3_reset(q);
    return 1;
}

int store_pa_company_assign(int64_t company_id, int64_t list_id, const char *list_name)
{
    DB_STATEMENT(st, "UPDATE companies SET price_list_id = NULLIF(?, 0), price_list_name = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, list_id);
    db_bind_text(q, 2, list_id ? list_name : "");
    sqlite3_bind_int64(q, 3, company_id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 0 : -1;
}
