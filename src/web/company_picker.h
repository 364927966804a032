#ifndef BUYERDESK_WEB_COMPANY_PICKER_H
#define BUYERDESK_WEB_COMPANY_PICKER_H

#include <stdint.h>

#include "base/companies_store.h"
#include "base/staff_scope.h"
#include "web/render.h"
#include "web/request.h"

/* The back office's "Company" filter (orders, activity). Up to
 * COMPANY_PICKER_LISTED companies in the staff member's scope are a
 * select; more (a seller with 2,000 customers) are a field for a
 * company's name instead: no list to scroll through, and none to build
 * on every page. Either way the URL says ?company=<id> (links, the
 * select); the field sends ?company_name=<text>, resolved to the one
 * company it means (the whole name, or the only name containing it). */
#define COMPANY_PICKER_LISTED 100

struct company_picker {
    int64_t id;                  /* the company chosen, 0: every company */
    char name[256];              /* its name, or the text that found nothing */
    int by_name;                 /* the field, not the select */
    int n;                       /* the select's companies */
    struct company_choice listed[COMPANY_PICKER_LISTED];
    char error[600];             /* "" or why the name or id was not used */
};

/* Reads ?company= and ?company_name= within scope. An id outside the
 * scope leaves id 0 (the page decides what that means); a name that
 * means no company or several leaves id 0 and says why in error. 0, or
 * -1 on a database error. */
int company_picker_read(const struct request *req, const struct staff_scope *scope, struct company_picker *p);

/* The filter's part of the form: COMPANY_LIST with a COMPANY_CHOICE
 * (ID, NAME, SELECTED) each, or COMPANY_SEARCH with NAME; either with
 * COMPANY_INVALID and COMPANY_ERROR (MESSAGE) when error is set. */
void company_picker_fill(tpl_dict *d, const struct company_picker *p);

#endif
