#ifndef BUYERDESK_APPROVALS_PAGE_COMMON_H
#define BUYERDESK_APPROVALS_PAGE_COMMON_H

/* What the approval pages and mails share (approvals_page.c, decision.c,
 * bo_company_approvals_page.c, and the forms of the other pages), private
 * to the approvals area: the route's :id, money and how long a step has
 * waited, as the templates show them, and a declared form as sent. */

#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"
#include "web/render.h"
#include "web/request.h"

/* The route's :id: 1, or 0 when there is none or it is not an id. */
int approvals_route_id(const struct request *req, int64_t *id);

/* KEY: the amount in currency ("$1,234.56"). */
void approvals_set_money(tpl_dict *d, const char *key, int64_t cents, const char *currency);

/* WAITED ("since today", "3 days"), and LONG_WAIT from 2 days on, else
 * SHORT_WAIT. */
void approvals_set_waited(tpl_dict *d, int64_t now, int64_t since);

#endif
