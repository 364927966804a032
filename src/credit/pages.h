#ifndef BUYERDESK_CREDIT_PAGES_H
#define BUYERDESK_CREDIT_PAGES_H

#include "web/fields.h"
#include "web/request.h"

/* Account credit's pages, each named in the route table (routes.c). */

/* credit/credit_page.c: the member's credit (PERM_VIEW_CREDIT), requests (PERM_REQUEST_CREDIT) */
void page_credit(struct request *req);
void page_credit_invoices(struct request *req);
void page_credit_invoice(struct request *req);
void page_credit_statement(struct request *req);
void page_credit_ledger_csv(struct request *req);
void page_credit_request_form(struct request *req);
void page_credit_request(struct request *req);
extern const struct form_spec form_credit_request;

/* credit/credit_admin_page.c: the back office (STAFF_CREDIT reads, STAFF_MANAGE_CREDIT changes) */
void page_bo_credit(struct request *req);
void page_bo_credit_company(struct request *req);
void page_bo_credit_limit(struct request *req);
void page_bo_credit_hold(struct request *req);
void page_bo_credit_payment(struct request *req);
void page_bo_credit_request(struct request *req);
void page_bo_credit_request_decide(struct request *req);
void page_bo_credit_settings(struct request *req);
extern const struct form_spec form_bo_credit_settings;
extern const struct form_spec form_bo_credit_limit;
extern const struct form_spec form_bo_credit_hold;
extern const struct form_spec form_bo_credit_payment;
extern const struct form_spec form_bo_credit_decide;

#endif
