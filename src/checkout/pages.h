#ifndef BUYERDESK_CHECKOUT_PAGES_H
#define BUYERDESK_CHECKOUT_PAGES_H

#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The checkout pages, each named in the route table (routes.c). */

/* checkout/checkout_page.c */
void page_checkout(struct request *req);
void page_checkout_review(struct request *req);
void page_checkout_submit(struct request *req);
extern const struct form_spec form_checkout;            /* review and submit */
void page_checkout_done(struct request *req);

/* checkout/shipping_admin_page.c */
void page_bo_shipping(struct request *req);
void page_bo_shipping_method_create(struct request *req);
void page_bo_shipping_method(struct request *req);
void page_bo_shipping_method_update(struct request *req);
void page_bo_tax_rate_save(struct request *req);
void page_bo_tax_rate_delete(struct request *req);
void page_bo_payment_methods_save(struct request *req);
extern const struct form_spec form_shipping_method;     /* create and update */
extern const struct form_spec form_tax_rate;            /* a region's rate, or an address's (scope=address) */
extern const struct form_spec form_payment_methods;

#endif
