#ifndef BUYERDESK_CATALOG_PAGES_H
#define BUYERDESK_CATALOG_PAGES_H

#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The catalog pages, each named in the route table (routes.c). */

/* catalog/catalog_page.c */
/* 1 when this session may buy (have a cart): members who may place
 * orders, and applicants while the pre-approval policy is "cart". */
int cart_allowed(const struct request *req);
void page_catalog(struct request *req);
void page_catalog_category(struct request *req);
void page_catalog_search(struct request *req);
void page_product(struct request *req);

/* catalog/products_admin_page.c */
void page_bo_products(struct request *req);
void page_bo_product_new(struct request *req);
void page_bo_product_create(struct request *req);
void page_bo_product(struct request *req);
void page_bo_product_update(struct request *req);
extern const struct form_spec form_product;             /* create and update */
void page_bo_price_lists(struct request *req);
void page_bo_price_list_create(struct request *req);
void page_bo_price_list(struct request *req);
void page_bo_price_list_update(struct request *req);
void page_bo_price_list_item(struct request *req);
void page_bo_price_list_item_delete(struct request *req);
void page_bo_price_list_assign(struct request *req);
extern const struct form_spec form_price_list;          /* create and rename */
extern const struct form_spec form_price_list_item;
extern const struct form_spec form_price_list_item_delete;
extern const struct form_spec form_price_list_assign;

#endif
