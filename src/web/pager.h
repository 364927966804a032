#ifndef BUYERDESK_WEB_PAGER_H
#define BUYERDESK_WEB_PAGER_H

#include "web/render.h"
#include "web/request.h"

/* ?page=, 1 when absent or bad. */
int page_number(const struct request *req);

/* The pager section of d for a list at path whose filters are query
 * (already encoded, "" for none). Nothing when everything fits one page. */
void pager_fill(tpl_dict *d, const char *path, const char *query, int page, int total, int page_size);

#endif
