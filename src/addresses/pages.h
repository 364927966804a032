#ifndef BUYERDESK_ADDRESSES_PAGES_H
#define BUYERDESK_ADDRESSES_PAGES_H

#include <stdint.h>

#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The addresses pages, each named in the route table (routes.c). */

/* addresses/addresses_page.c: the address book and one address */
void page_addresses(struct request *req);
void page_address(struct request *req);

/* addresses/address_form_page.c: adding, proposing and editing */
void page_address_new(struct request *req);
void page_address_create(struct request *req);
void page_address_update(struct request *req);

/* addresses/address_use_page.c: who may use it, defaults, retiring */
void page_address_retire(struct request *req);
void page_address_restrictions(struct request *req);
void page_address_company_default(struct request *req);
void page_address_my_default(struct request *req);

/* addresses/address_decision_page.c: the company's decision on a proposal */
void page_address_approve(struct request *req);
void page_address_reject(struct request *req);

/* addresses/address_change_request_page.c: changing an ERP address */
void page_address_change_request(struct request *req);

/* addresses/address_settings_page.c: the company's approval setting */
void page_address_settings(struct request *req);
void page_address_settings_save(struct request *req);

/* addresses/addresses_admin_page.c */
void page_bo_addresses(struct request *req);
void page_bo_address(struct request *req);
void page_bo_address_update(struct request *req);
void page_bo_address_approve(struct request *req);
void page_bo_address_reject(struct request *req);
void page_bo_address_request_done(struct request *req);

#endif
