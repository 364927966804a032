#include "catalog/catalog_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

#define MAX_TERMS 8
#define MAX_TERM_BYTES 64

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The length of the longest prefix of s made of whole UTF-8 sequences. */
static size_t utf8_whole(const unsigned char *s, size_t len)
{
    size_t i = 0, good = 0;
    while (i < len) {
        unsigned char c = s[i];
        size_t need = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        if (need == 0 || i + need > len) break;
        for (size_t k = 1; k < need; k++)
            if ((s[i + k] & 0xC0) != 0x80) return good;
        i += need;
        good = i;
    }
    return good;
}

int catalog_match_expression(const char *query, char *out, size_t size)
{
    size_t len = 0;
    int terms = 0;
    if (size == 0) return 0;
    out[0] = '\0';
    const unsigned char *p = (const unsigned char *)(query ? query : "");
    while (*p && terms < MAX_TERMS) {
        while (is_space(*p)) p++;
        if (!*p) break;
        unsigned char term[MAX_TERM_BYTES + 1];
        size_t tl = 0;
        for (; *p && !is_space(*p); p++) {
            unsigned char c = *p;
            int keep = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c >= 0x80;
            if (keep && tl < MAX_TERM_BYTES) term[tl++] = c;
        }
        tl = utf8_whole(term, tl);
        term[tl] = '\0';
        int has_word = 0;
        for (size_t i = 0; i < tl; i++) if (term[i] != '-') has_word = 1;
        if (!has_word) continue;
        int n = snprintf(out + len, size - len, "%s\"%s\"*", terms ? " AND " : "", (const char *)term);
        if (n < 0 || (size_t)n >= size - len) { out[len] = '\0'; break; }
        len += (size_t)n;
        terms++;
    }
    return terms;
}

static int sequence_value(const char *name, int64_t *value)
{
    DB_STATEMENT(st, "SELECT last_value FROM sequences WHERE name = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *value = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 0 : -1;
}

int store_catalog_version(int64_t *version)
{
    return sequence_value("catalog", version);
}

int store_catalog_prices_version(int64_t *version)
{
    return sequence_value("prices", version);
}

int store_catalog_categories(struct catalog_category *out, int max)
{
    DB_STATEMENT(st, "WITH RECURSIVE tree(anc, id) AS ("
        "  SELECT id, id FROM categories"
        "  UNION ALL SELECT t.anc, c.id FROM tree t JOIN categories c ON c.parent_id = t.id),"
        " counts(category_id, n) AS ("
        /* read from the index alone (the planner picked products_active_name
         * and read 100,000 rows: 148 ms instead of 21) */
        "  SELECT category_id, COUNT(*) FROM products INDEXED BY products_active_category WHERE active = 1"
        "   GROUP BY category_id)"
        " SELECT c.id, COALESCE(c.parent_id, 0), c.name, c.slug, COALESCE(SUM(counts.n), 0)"
        " FROM categories c JOIN tree t ON t.anc = c.id LEFT JOIN counts ON counts.category_id = t.id"
        " GROUP BY c.id ORDER BY c.name, c.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct catalog_category *c = &out[n++];
        c->id = sqlite3_column_int64(q, 0);
        c->parent_id = sqlite3_column_int64(q, 1);
        DB_COPY(c->name, q, 2);
        DB_COPY(c->slug, q, 3);
        c->product_count = sqlite3_column_int64(q, 4);
    }
    sqlite3_reset(q);
    return n;
}

#define PRODUCT_COLUMNS \
    "p.id, p.sku, p.name, p.description, p.category_id, p.unit_of_measure, p.pack_size, p.min_order_qty," \
    " p.list_price_cents, p.weight_grams"

static void read_product(sqlite3_stmt *q, struct catalog_product *p)
{
    p->id = sqlite3_column_int64(q, 0);
    DB_COPY(p->sku, q, 1);
    DB_COPY(p->name, q, 2);
    DB_COPY(p->description, q, 3);
    p->category_id = sqlite3_column_int64(q, 4);
    DB_COPY(p->unit, q, 5);
    p->pack_size = sqlite3_column_int64(q, 6);
    p->min_order_qty = sqlite3_column_int64(q, 7);
    p->list_price = sqlite3_column_int64(q, 8);
    p->weight_grams = sqlite3_column_int64(q, 9);
}

/* Rows carry COUNT(*) OVER () as column 10. A page past the end has no
 * rows: the total is then counted by `count`. */
static int read_page(sqlite3_stmt *q, struct catalog_product *out, int limit)
{
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < limit) read_product(q, &out[n++]);
    sqlite3_reset(q);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? n : -1;
}

/* A page only: the total is the category's count, which the caller keeps
 * (store_catalog_categories); counting here made every page sort the whole
 * catalog. */
int store_catalog_products(int64_t category_id, int offset, int limit, struct catalog_product *out)
{
    DB_STATEMENT(cat_st, "WITH RECURSIVE sub(id) AS (SELECT ?3 UNION ALL SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id)"
        " SELECT " PRODUCT_COLUMNS " FROM products p"
        " WHERE p.active = 1 AND p.category_id IN (SELECT id FROM sub)"
        " ORDER BY p.name, p.id LIMIT ?1 OFFSET ?2");
    DB_STATEMENT(all_st, "SELECT " PRODUCT_COLUMNS " FROM products p WHERE p.active = 1"
        " ORDER BY p.name, p.id LIMIT ?1 OFFSET ?2");
    sqlite3_stmt *q;
    if (category_id == 0) {
        q = db_use(&all_st);
    } else {
        q = db_use(&cat_st);
    }
    if (!q) return -1;
    sqlite3_bind_int(q, 1, limit);
    sqlite3_bind_int(q, 2, offset);
    if (category_id) sqlite3_bind_int64(q, 3, category_id);
    return read_page(q, out, limit);
}

/* Ranked in the FTS index alone (a top-N sort of rowid and score; inactive
 * products, few, are left out by a NOT IN over the (active, ...) index),
 * then the page's rows are read from products; the total is counted apart.
 * Joining products before ranking is much slower on 100,000 matches. */
/* The search index holds active products only (sql/024). */
#define SEARCH_RANKED \
    "SELECT rowid AS id, bm25(products_fts, 10.0, 4.0, 1.0) AS score FROM products_fts WHERE products_fts MATCH ?1"

int store_catalog_search_ranked(const char *match, int64_t *ids, int max, int64_t *total)
{
    DB_STATEMENT(st, "SELECT id, COUNT(*) OVER () FROM (" SEARCH_RANKED ") ORDER BY score, id LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, match);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    *total = 0;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        ids[n++] = sqlite3_column_int64(q, 0);
        *total = sqlite3_column_int64(q, 1);
    }
    if (n == max) rc = SQLITE_DONE;
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? n : -1;
}

int store_catalog_search(const char *match, int offset, int limit, struct catalog_product *out)
{
    DB_STATEMENT(st, "SELECT " PRODUCT_COLUMNS " FROM (" SEARCH_RANKED " ORDER BY score, rowid LIMIT ?2 OFFSET ?3) r"
        " JOIN products p ON p.id = r.id ORDER BY r.score, r.id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, match);
    sqlite3_bind_int(q, 2, limit);
    sqlite3_bind_int(q, 3, offset);
    int n = 0, rc = SQLITE_DONE;
    while (n < limit && (rc = sqlite3_step(q)) == SQLITE_ROW) read_product(q, &out[n++]);
    if (n == limit) rc = SQLITE_DONE;
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? n : -1;
}

int store_catalog_products_by_id(const int64_t *ids, int n, struct catalog_product *out)
{
    DB_STATEMENT(st, "SELECT " PRODUCT_COLUMNS " FROM products p WHERE p.id = ? AND p.active = 1");
    int found = 0;
    for (int i = 0; i < n; i++) {
        sqlite3_stmt *q = db_use(&st);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, ids[i]);
        int rc = sqlite3_step(q);
        if (rc == SQLITE_ROW) read_product(q, &out[found++]);
        sqlite3_reset(q);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) return -1;
    }
    return found;
}

int store_catalog_product_by_sku(const char *sku, struct catalog_product *out)
{
    DB_STATEMENT(st, "SELECT " PRODUCT_COLUMNS " FROM products p WHERE p.sku = ? AND p.active = 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, sku);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_product(q, out);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_catalog_company_price_list(int64_t company_id, int64_t *list_id, char *currency, size_t currency_size)
{
    DB_STATEMENT(st, "SELECT l.id, l.currency FROM companies c JOIN price_lists l ON l.id = c.price_list_id WHERE c.id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    *list_id = 0;
    if (rc == SQLITE_ROW) {
        *list_id = sqlite3_column_int64(q, 0);
        db_copy_text(currency, currency_size, q, 1);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_catalog_price_rows(int64_t list_id, const int64_t *product_ids, int n_ids,
                             struct catalog_price_row *out, int max)
{
    DB_STATEMENT(st, "SELECT product_id, min_qty, unit_price_cents FROM price_list_items WHERE price_list_id = ?1"
        " AND product_id IN (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
        " ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25) ORDER BY product_id, min_qty");
    /* one statement for a whole page: unbound ids are NULL and match nothing */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    if (n_ids > CATALOG_PAGE_SIZE) n_ids = CATALOG_PAGE_SIZE;
    sqlite3_bind_int64(q, 1, list_id);
    for (int i = 0; i < n_ids; i++) sqlite3_bind_int64(q, 2 + i, product_ids[i]);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        out[n].product_id = sqlite3_column_int64(q, 0);
        out[n].min_qty = sqlite3_column_int64(q, 1);
        out[n].unit_price = sqlite3_column_int64(q, 2);
        n++;
    }
    sqlite3_reset(q);
    return n;
}
