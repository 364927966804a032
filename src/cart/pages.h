#ifndef BUYERDESK_CART_PAGES_H
#define BUYERDESK_CART_PAGES_H

#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The cart pages, each named in the route table (routes.c). */

/* cart/cart_page.c */
void page_cart(struct request *req);
void page_cart_add(struct request *req);
extern const struct form_spec form_cart_add;
void page_cart_update(struct request *req);
extern const struct form_spec form_cart_update;
void page_cart_empty(struct request *req);
void page_cart_remove(struct request *req);

/* cart/quick_order_page.c */
void page_quick_order_form(struct request *req);
extern const struct form_spec form_quick_order;
void page_quick_order(struct request *req);

#endif
