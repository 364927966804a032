#ifndef BUYERDESK_ADDRESSES_PAGES_H
#define BUYERDESK_ADDRESSES_PAGES_H

#include <stdint.h>

#include "addresses/address_rules.h"
#include "web/fields.h"
#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The addresses pages, each named in the route table (routes.c). */

/* addresses/addresses_page.c: the address book and one address */
void page_addresses(struct request *req);
void page_address(struct request *req);

/* addresses/address_form_page.c: adding, proposing and editing; the form
 * is form_address (address_rules.h), the address fields alone */
void page_address_new(struct request *req);
void page_address_create(struct request *req);
void page_address_update(struct request *req);

/* addresses/address_use_page.c: who may use it, defaults (billing or
 * shipping: the company's and the member's own), retiring (form_none) */
extern const struct form_spec form_address_restrictions;
extern const struct form_spec form_address_default;
void page_address_retire(struct request *req);
void page_address_restrictions(struct request *req);
void page_address_company_default(struct request *req);
void page_address_my_default(struct request *req);

/* addresses/address_decision_page.c: the company's decision on a proposal
 * (approving takes form_none; the reason of a rejection is the back
 * office's too) */
extern const struct form_spec form_address_reason;
void page_address_approve(struct request *req);
void page_address_reject(struct request *req);

/* addresses/address_change_request_page.c: changing an ERP address */
extern const struct form_spec form_address_change_request;
void page_address_change_request(struct request *req);

/* addresses/address_settings_page.c: the company's approval setting */
extern const struct form_spec form_address_settings;
void page_address_settings(struct request *req);
void page_address_settings_save(struct request *req);

/* addresses/addresses_admin_page.c (approving and marking a change
 * request done take form_none, rejecting form_address_reason) */
extern const struct form_spec form_bo_address;
void page_bo_addresses(struct request *req);
void page_bo_address(struct request *req);
void page_bo_address_update(struct request *req);
void page_bo_address_approve(struct request *req);
void page_bo_address_reject(struct request *req);
void page_bo_address_request_done(struct request *req);

#endif
