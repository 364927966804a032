#ifndef BUYERDESK_AUDIT_PAGES_H
#define BUYERDESK_AUDIT_PAGES_H

#include "web/render.h"
#include "web/request.h"

/* audit/activity_page.c: the audit log, read-only */
void page_activity(struct request *req);
void page_bo_activity(struct request *req);

/* The log's rows as LIST sections of d (also on the back-office company page). */
struct audit_entry;
void activity_fill_entries(tpl_dict *d, const struct audit_entry *rows, int n, int with_company);

#endif
