#ifndef BUYERDESK_PRODUCTS_ADMIN_H
#define BUYERDESK_PRODUCTS_ADMIN_H

/* Back office: products, price lists and their items, and which company
 * uses which price list. Staff-only data (no company scoping but the
 * assignment itself). Returns: 0 ok / -1 error unless said otherwise. */

#include <stddef.h>
#include <stdint.h>

struct pa_product {
    int64_t id;
    char sku[48];
    char name[808];
    char description[8008];
    int64_t category_id;
    char category[256];
    char unit[88];
    int64_t pack_size;
    int64_t min_order_qty;
    int64_t list_price_cents;
    int64_t weight_grams;
    int active;
};

/* One page of products: q matches SKU or name (substring, LIKE-escaped),
 * category_id 0 = any, active -1 = any. *total = all matches. Rows
 * written or -1. One query. */
int store_pa_products(const char *q, int64_t category_id, int active, int offset, struct pa_product *out,
                      int max, int *total);
int store_pa_product_get(int64_t id, struct pa_product *out);   /* 1 found, 0, -1 */
int store_pa_sku_taken(const char *sku, int64_t except_id);     /* 1, 0, -1 */
int store_pa_product_insert(const struct pa_product *p, int64_t *id);
int store_pa_product_update(const struct pa_product *p);
/* The product with this SKU: 1 found (id, name set), 0, -1. */
int store_pa_product_by_sku(const char *sku, int64_t *id, char *name, size_t name_size);

struct pa_category {
    int64_t id;
    char name[256];
    int depth;
};
/* Every category in tree order (parents before children). Rows or -1. */
int store_pa_categories(struct pa_category *out, int max);
int store_pa_category_exists(int64_t id);   /* 1, 0, -1 */

struct pa_price_list {
    int64_t id;
    char name[408];
    char currency[8];
    int item_count;
    int product_count;
    char companies[1024];   /* names, comma-separated */
};
int store_pa_price_lists(struct pa_price_list *out, int max);          /* rows or -1, one query */
int store_pa_price_list_get(int64_t id, struct pa_price_list *out);    /* 1, 0, -1 */
int store_pa_price_list_name_taken(const char *name, int64_t except_id);
int store_pa_price_list_insert(const char *name, int64_t now, int64_t *id);
/* Renames the list and the price_list_name of the companies using it. */
int store_pa_price_list_rename(int64_t id, const char *name);

struct pa_item {
    int64_t product_id;
    char sku[48];
    char name[808];
    int64_t list_price_cents;
    int64_t min_qty;
    int64_t unit_price_cents;
};
int store_pa_items(int64_t list_id, struct pa_item *out, int max);    /* by SKU, min qty; rows or -1 */
/* The current price of (list, product, min_qty): 1 (price set), 0, -1. */
int store_pa_item_price(int64_t list_id, int64_t product_id, int64_t min_qty, int64_t *price);
int store_pa_item_upsert(int64_t list_id, int64_t product_id, int64_t min_qty, int64_t price);
int store_pa_item_delete(int64_t list_id, int64_t product_id, int64_t min_qty);   /* rows deleted or -1 */

struct pa_company {
    int64_t id;
    char name[256];
    int64_t price_list_id;
    char price_list_name[256];
};
int store_pa_companies(struct pa_company *out, int max);               /* by name; rows or -1 */
int store_pa_company_get(int64_t id, struct pa_company *out);          /* 1, 0, -1 */
/* list_id 0: no price list (and an empty price_list_name). */
int store_pa_company_assign(int64_t company_id, int64_t list_id, const char *list_name);

#endif
