#ifndef BUYERDESK_CATALOG_H
#define BUYERDESK_CATALOG_H

#include <stddef.h>
#include <stdint.h>

/* The catalog: categories (a tree), active products, full-text search,
 * and the price-list rows of a company for a page of products. */

#define CATALOG_MAX_CATEGORIES 1000
#define CATALOG_PAGE_SIZE 24

struct catalog_category {
    int64_t id;
    int64_t parent_id;        /* 0 for a top-level category */
    char name[128];
    char slug[128];
    int64_t product_count;    /* active products in it and below */
};

struct catalog_product {
    int64_t id;
    char sku[64];
    char name[256];
    char description[2048];
    int64_t category_id;
    char unit[32];
    int64_t pack_size;
    int64_t min_order_qty;
    int64_t list_price;       /* minor units */
    int64_t weight_grams;
};

struct catalog_price_row {
    int64_t product_id;
    int64_t min_qty;
    int64_t unit_price;
};

/* Every category with its active-product count (subtree), in one query,
 * ordered by name. Returns the count or -1. */
int store_catalog_categories(struct catalog_category *out, int max);
/* The catalog's version (sql/015): moves whenever the tree or its counts
 * would read differently. 0 or -1. */
int store_catalog_version(int64_t *version);
/* The prices' version (sql/027): moves whenever a product's list price,
 * pack, minimum or withdrawal, a price list's items or a company's price
 * list change. 0 or -1. */
int store_catalog_prices_version(int64_t *version);

/* A page of active products ordered by name: of category_id and the
 * categories below it, or of all when category_id is 0. Returns the rows
 * on the page or -1 (the total is the category's product_count). */
int store_catalog_products(int64_t category_id, int offset, int limit, struct catalog_product *out);

/* Full-text search (FTS5) with an expression from catalog_match_expression,
 * ranked by bm25 (SKU and name weigh more than the description), ties by
 * id. The first `max` ids in rank order and how many match; the count of
 * ids or -1. */
int store_catalog_search_ranked(const char *match, int64_t *ids, int max, int64_t *total);

/* The same ranking, one page of products from `offset` (pages past what
 * catalog/search.c keeps). Rows or -1. */
int store_catalog_search(const char *match, int offset, int limit, struct catalog_product *out);

/* The active products of ids, in that order (a withdrawn one is left
 * out). How many, or -1. */
int store_catalog_products_by_id(const int64_t *ids, int n, struct catalog_product *out);

/* An active product by SKU: 1 found, 0 not, -1 error. */
int store_catalog_product_by_sku(const char *sku, struct catalog_product *out);

/* The price list of the company (0 when none) and its currency/name.
 * 1 when the company has one, 0 when not, -1 error. */
int store_catalog_company_price_list(int64_t company_id, int64_t *list_id, char *currency, size_t currency_size);

/* The rows of price list list_id for up to CATALOG_PAGE_SIZE products, in
 * one query, ordered by product and min_qty. Returns the count or -1. */
int store_catalog_price_rows(int64_t list_id, const int64_t *product_ids, int n_ids,
                             struct catalog_price_row *out, int max);

/* Pure: builds a safe FTS5 MATCH expression from what a person typed:
 * words split on whitespace, only letters, digits and '-' kept, each
 * quoted with a * for prefix matching, ANDed. Returns the number of terms
 * (0: nothing searchable; out is then ""). */
int catalog_match_expression(const char *query, char *out, size_t size);

#endif
