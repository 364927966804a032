/* The catalog: categories, product lists, full-text search and the product
 * page, with the price that applies to the signed-in company (its contract
 * price list when it has one, else the public list price). */
#include "catalog/pages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/db.h"
#include "base/format.h"
#include "web/http.h"
#include "catalog/pricing.h"
#include "web/response.h"
#include "catalog/quantity_rules.h"
#include "catalog/catalog_store.h"
#include "catalog/search.h"
#include "base/settings.h"

#define MAX_ROWS 400          /* price rows for one page of products */
#define MAX_BREAKS 32         /* quantity breaks of one product */
#define MAX_QUERY 200

/* Whose prices: the company's list, unless it has none or is an applicant. */
struct pricing_ctx {
    int64_t list_id;
    char currency[8];
};

static void pricing_context(const struct request *req, struct pricing_ctx *ctx)
{
    ctx->list_id = 0;
    snprintf(ctx->currency, sizeof ctx->currency, "USD");
    if (req->session.applicant || req->session.company_id <= 0) return;
    if (store_catalog_company_price_list(req->session.company_id, &ctx->list_id, ctx->currency,
                                         sizeof ctx->currency) != 1)
        ctx->list_id = 0;
    if (!ctx->currency[0]) snprintf(ctx->currency, sizeof ctx->currency, "USD");
}

static struct catalog_category categories[CATALOG_MAX_CATEGORIES];
static int n_categories;

/* The tree with its product counts, kept by the worker until the
 * catalog's version moves (sql/015_catalog_version.sql): counting the
 * products is a scan of the whole catalog. */
static void load_categories(void)
{
    static int64_t loaded = -1;
    int64_t version = -1;
    if (store_catalog_version(&version) == 0 && version == loaded && n_categories > 0) return;
    n_categories = store_catalog_categories(categories, CATALOG_MAX_CATEGORIES);
    if (n_categories < 0) n_categories = 0;
    loaded = n_categories > 0 ? version : -1;
}

static const struct catalog_category *category_by_id(int64_t id)
{
    for (int i = 0; i < n_categories; i++) if (categories[i].id == id) return &categories[i];
    return NULL;
}

static const struct catalog_category *category_by_slug(const char *slug)
{
    for (int i = 0; i < n_categories; i++) if (strcmp(categories[i].slug, slug) == 0) return &categories[i];
    return NULL;
}

/* Breadcrumb items from the top down to (and including) `id`. */
static void fill_breadcrumb(tpl_dict *d, int64_t id, int link_last)
{
    const struct catalog_category *chain[16];
    int n = 0;
    for (const struct catalog_category *c = category_by_id(id); c && n < 16; c = category_by_id(c->parent_id))
        chain[n++] = c;
    for (int i = n - 1; i >= 0; i--) {
        tpl_dict *b = tpl_add_section(d, "CRUMB");
        tpl_set(b, "NAME", chain[i]->name);
        tpl_set(b, "SLUG", chain[i]->slug);
        tpl_show(b, (i > 0 || link_last) ? "LINK" : "CURRENT");
    }
}

static void fill_category_list(tpl_dict *d, const char *section, int64_t parent, int64_t current)
{
    for (int i = 0; i < n_categories; i++) {
        if (categories[i].parent_id != parent) continue;
        tpl_dict *c = tpl_add_section(d, section);
        tpl_set(c, "NAME", categories[i].name);
        tpl_set(c, "SLUG", categories[i].slug);
        tpl_set_int(c, "COUNT", categories[i].product_count);
        if (categories[i].id == current) tpl_show(c, "CURRENT");
        tpl_set(c, "BTN", categories[i].id == current ? "btn-primary" : "btn-outline-secondary");
    }
}

static void money(int64_t cents, const char *currency, char *out, size_t size)
{
    format_money(cents, currency, out, size);
}

/* Breaks of one product out of the page's rows (sorted by product). */
static size_t breaks_of(const struct catalog_price_row *rows, int n, int64_t product_id,
                        struct price_break *out, size_t max)
{
    size_t k = 0;
    for (int i = 0; i < n && k < max; i++)
        if (rows[i].product_id == product_id) out[k++] = (struct price_break){ rows[i].min_qty, rows[i].unit_price };
    return k;
}

/* The price block: the price for the minimum order quantity, its source,
 * the list price struck through when the contract price differs. */
static void fill_price(tpl_dict *d, const struct catalog_product *p, const struct price_break *br, size_t nb,
                       const struct pricing_ctx *ctx)
{
    struct price_quote q;
    char text[64];
    if (price_for_qty(p->list_price, br, nb, p->min_order_qty, &q) != 0) {
        q.unit_price = p->list_price;
        q.source = PRICE_PUBLIC;
    }
    money(q.unit_price, ctx->currency, text, sizeof text);
    tpl_set(d, "PRICE", text);
    if (q.source == PRICE_CONTRACT) {
        tpl_show(d, "CONTRACT");
        if (q.unit_price != p->list_price) {
            money(p->list_price, ctx->currency, text, sizeof text);
            tpl_set(tpl_add_section(d, "WAS"), "LIST_PRICE", text);
        }
    } else {
        tpl_show(d, "PUBLIC");
    }
}

static void fill_product_basics(tpl_dict *d, const struct catalog_product *p)
{
    tpl_set(d, "SKU", p->sku);
    tpl_set(d, "NAME", p->name);
    tpl_set(d, "UNIT", p->unit);
    tpl_set_int(d, "PACK_SIZE", p->pack_size);
    tpl_set_int(d, "MOQ", p->min_order_qty);
    if (p->pack_size > 1) tpl_show(d, "PACK");
}

/* "Add to cart" forms (owner: cart): for those who may fill a cart, not
 * for staff viewing the company read-only. They post back to this page. */
static int can_add_to_cart(struct request *req, tpl_dict *d)
{
    if (!cart_allowed(req) || req->session.viewing_as_customer) return 0;
    char here[HTTP_LOCAL_PATH_MAX + 1];
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "RETURN_TO", req_here(req, 1, here, sizeof here) == 0 ? here : "/cart");
    return 1;
}

static void fill_add_to_cart(tpl_dict *d, const struct catalog_product *p)
{
    tpl_dict *add = tpl_add_section(d, "ADD_TO_CART");
    tpl_set_int(add, "ADD_QTY", cart_quantity_round_up(1, p->pack_size, p->min_order_qty));
}

static void fill_products(tpl_dict *d, const struct catalog_product *products, int n,
                          const struct pricing_ctx *ctx, int can_order)
{
    static struct catalog_price_row rows[MAX_ROWS];
    int n_rows = 0;
    if (ctx->list_id && n > 0) {
        int64_t ids[CATALOG_PAGE_SIZE];
        int k = n < CATALOG_PAGE_SIZE ? n : CATALOG_PAGE_SIZE;
        for (int i = 0; i < k; i++) ids[i] = products[i].id;
        n_rows = store_catalog_price_rows(ctx->list_id, ids, k, rows, MAX_ROWS);
        if (n_rows < 0) n_rows = 0;
    }
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "PRODUCT");
        struct price_break br[MAX_BREAKS];
        size_t nb = breaks_of(rows, n_rows, products[i].id, br, MAX_BREAKS);
        fill_product_basics(row, &products[i]);
        const struct catalog_category *c = category_by_id(products[i].category_id);
        if (c) tpl_set(row, "CATEGORY", c->name);
        fill_price(row, &products[i], br, nb, ctx);
        if (can_order) fill_add_to_cart(row, &products[i]);
    }
    if (n <= 0) tpl_show(d, "NO_PRODUCTS");
}

static int catalog_page_number(const struct request *req)
{
    const char *s = req_query(req, "page");
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < 1 || v > 100000) return 1;
    return (int)v;
}

/* Previous / next links; base ends with '?' or '&'. */
static void fill_pager(tpl_dict *d, const char *base, int page, int64_t total)
{
    int64_t pages = (total + CATALOG_PAGE_SIZE - 1) / CATALOG_PAGE_SIZE;
    if (pages <= 1 && page == 1) return;
    tpl_dict *pager = tpl_add_section(d, "PAGER");
    char url[1024];
    tpl_set_int(pager, "PAGE", page);
    tpl_set_int(pager, "PAGES", pages < page ? page : pages);
    if (page > 1) {
        int prev = page > pages ? (pages > 0 ? (int)pages : 1) : page - 1;
        snprintf(url, sizeof url, "%spage=%d", base, prev);
        tpl_set(tpl_add_section(pager, "PREV"), "HREF", url);
    }
    if (page < pages) {
        snprintf(url, sizeof url, "%spage=%d", base, page + 1);
        tpl_set(tpl_add_section(pager, "NEXT"), "HREF", url);
    }
}

static void fill_counts(tpl_dict *d, int64_t total, int page, int n)
{
    tpl_set_int(d, "TOTAL", total);
    tpl_set(d, "TOTAL_WORD", total == 1 ? "product" : "products");
    if (n > 0) {
        tpl_set_int(d, "FIRST", (int64_t)(page - 1) * CATALOG_PAGE_SIZE + 1);
        tpl_set_int(d, "LAST", (int64_t)(page - 1) * CATALOG_PAGE_SIZE + n);
        tpl_show(d, "RANGE");
    }
}

static void listing(struct request *req, const struct catalog_category *cat)
{
    static struct catalog_product products[CATALOG_PAGE_SIZE];
    struct pricing_ctx ctx;
    int page = catalog_page_number(req);
    /* The counts the worker keeps: a category's includes its subcategories. */
    int64_t total = 0;
    for (int i = 0; i < n_categories; i++)
        if (cat ? categories[i].id == cat->id : categories[i].parent_id == 0) total += categories[i].product_count;
    int n = store_catalog_products(cat ? cat->id : 0, (page - 1) * CATALOG_PAGE_SIZE, CATALOG_PAGE_SIZE, products);
    if (n < 0) {
        response_error(req, 500, "The catalog could not be loaded.");
        return;
    }
    pricing_context(req, &ctx);
    tpl_dict *d = response_page(req, 200, "catalog/index.tpl", cat ? cat->name : "Catalog");
    tpl_set(d, "HEADING", cat ? cat->name : "Catalog");
    fill_category_list(d, "TOP_CATEGORY", 0, cat ? cat->id : -1);
    if (cat) {
        tpl_show(d, "IN_CATEGORY");
        fill_breadcrumb(d, cat->id, 0);
        fill_category_list(d, "SUBCATEGORY", cat->id, -1);
        for (int i = 0; i < n_categories; i++)
            if (categories[i].parent_id == cat->id) { tpl_show(d, "HAS_SUBCATEGORIES"); break; }
    } else {
        tpl_show(d, "ALL");
    }
    if (ctx.list_id) tpl_show(d, "CONTRACT_NOTE");
    else tpl_show(d, "PUBLIC_NOTE");
    fill_counts(d, total, page, n);
    fill_products(d, products, n, &ctx, can_add_to_cart(req, d));
    char base[300];
    if (cat) snprintf(base, sizeof base, "/catalog/%s?", cat->slug);
    else snprintf(base, sizeof base, "/catalog?");
    fill_pager(d, base, page, total);
}

void page_catalog(struct request *req)
{
    load_categories();
    listing(req, NULL);
}

void page_catalog_category(struct request *req)
{
    load_categories();
    const struct catalog_category *cat = category_by_slug(req->params.values[0]);
    if (!cat) {
        response_error(req, 404, "There is no such category.");
        return;
    }
    listing(req, cat);
}

void page_catalog_search(struct request *req)
{
    static struct catalog_product products[CATALOG_PAGE_SIZE];
    char query[MAX_QUERY + 1];
    snprintf(query, sizeof query, "%s", req_query(req, "q"));
    char match[1024];
    int terms = catalog_match_expression(query, match, sizeof match);
    int page = catalog_page_number(req);
    int64_t total = 0;
    int n = 0;
    if (terms > 0) {
        n = catalog_search(match, (page - 1) * CATALOG_PAGE_SIZE, CATALOG_PAGE_SIZE, products, &total);
        if (n < 0) {   /* never an FTS error page: the empty state, and a line in the log */
            fprintf(stderr, "catalog: search for %s failed: %s\n", match, db_error());
            n = 0;
            total = 0;
        }
    }
    load_categories();
    struct pricing_ctx ctx;
    pricing_context(req, &ctx);
    tpl_dict *d = response_page(req, 200, "catalog/search.tpl", "Search the catalog");
    tpl_set(d, "Q", query);
    fill_category_list(d, "TOP_CATEGORY", 0, -1);
    if (terms == 0) {
        tpl_show(d, "NO_QUERY");
    } else {
        tpl_show(d, "SEARCHED");
        fill_counts(d, total, page, n);
        if (n > 0) {
            tpl_show(d, "HAS_RESULTS");
            fill_products(d, products, n, &ctx, can_add_to_cart(req, d));
        } else {
            tpl_show(d, "NO_RESULTS");
        }
        char encoded[3 * MAX_QUERY + 1], base[3 * MAX_QUERY + 40];
        if (http_percent_encode(query, encoded, sizeof encoded) != 0) encoded[0] = '\0';
        snprintf(base, sizeof base, "/catalog/search?q=%s&", encoded);
        fill_pager(d, base, page, total);
    }
    if (ctx.list_id) tpl_show(d, "CONTRACT_NOTE");
    else tpl_show(d, "PUBLIC_NOTE");
}

void page_product(struct request *req)
{
    struct catalog_product p;
    if (store_catalog_product_by_sku(req->params.values[0], &p) != 1) {
        response_error(req, 404, "There is no such product.");
        return;
    }
    load_categories();
    struct pricing_ctx ctx;
    pricing_context(req, &ctx);
    struct catalog_price_row rows[MAX_BREAKS];
    int n_rows = ctx.list_id ? store_catalog_price_rows(ctx.list_id, &p.id, 1, rows, MAX_BREAKS) : 0;
    if (n_rows < 0) n_rows = 0;
    struct price_break br[MAX_BREAKS];
    size_t nb = breaks_of(rows, n_rows, p.id, br, MAX_BREAKS);

    tpl_dict *d = response_page(req, 200, "catalog/product.tpl", p.name);
    fill_product_basics(d, &p);
    fill_breadcrumb(d, p.category_id, 1);
    tpl_set(d, "DESCRIPTION", p.description);
    if (p.weight_grams > 0) {
        char w[48];
        if (p.weight_grams >= 1000)
            snprintf(w, sizeof w, "%lld.%02lld kg", (long long)(p.weight_grams / 1000),
                     (long long)(p.weight_grams % 1000 / 10));
        else snprintf(w, sizeof w, "%lld g", (long long)p.weight_grams);
        tpl_set(d, "WEIGHT", w);
    } else {
        tpl_set(d, "WEIGHT", "\xe2\x80\x94");
    }
    fill_price(d, &p, br, nb, &ctx);
    if (can_add_to_cart(req, d)) fill_add_to_cart(d, &p);
    /* the quantity-break table: one line per break of the contract */
    if (nb > 0) {
        tpl_dict *t = tpl_add_section(d, "BREAKS");
        for (int i = 0; i < n_rows; i++) {
            tpl_dict *b = tpl_add_section(t, "BREAK");
            char text[64];
            money(rows[i].unit_price, ctx.currency, text, sizeof text);
            tpl_set_int(b, "MIN_QTY", rows[i].min_qty);
            tpl_set(b, "PRICE", text);
        }
        if (rows[0].min_qty > 1) {   /* rows come sorted by min_qty */
            char text[64];
            money(p.list_price, ctx.currency, text, sizeof text);
            tpl_dict *below = tpl_add_section(t, "BELOW_FIRST");
            tpl_set_int(below, "UNDER", rows[0].min_qty);
            tpl_set(below, "PRICE", text);
        }
    }
    if (ctx.list_id) tpl_show(d, "CONTRACT_NOTE");
    else tpl_show(d, "PUBLIC_NOTE");
}

int cart_allowed(const struct request *req)
{
    return permissions_allow(req->session.permissions, PERM_USE_CART);
}
