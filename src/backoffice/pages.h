#ifndef BUYERDESK_BACKOFFICE_PAGES_H
#define BUYERDESK_BACKOFFICE_PAGES_H

#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The backoffice pages, each named in the route table (routes.c). */

/* backoffice/company_new_page.c: seller-created accounts */
void page_bo_company_new_form(struct request *req);
void page_bo_company_new(struct request *req);
extern const struct form_spec form_company_new;

/* backoffice/settings_page.c */
void page_bo_settings(struct request *req);
void page_bo_settings_save(struct request *req);
extern const struct form_spec form_settings;

/* backoffice/companies_page.c: customer companies in the back office */
void page_bo_companies(struct request *req);
void page_bo_company(struct request *req);
void page_bo_company_assign_admin(struct request *req);
extern const struct form_spec form_assign_admin;
void page_bo_company_block(struct request *req);
void page_bo_company_unblock(struct request *req);
void page_bo_company_ordering(struct request *req);
extern const struct form_spec form_company_ordering;
void page_bo_company_view_as(struct request *req);
void page_bo_view_as_stop(struct request *req);

/* backoffice/home_page.c */
void page_backoffice_dashboard(struct request *req);
void page_bo_change_request_done(struct request *req);

#endif
