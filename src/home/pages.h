#ifndef BUYERDESK_HOME_PAGES_H
#define BUYERDESK_HOME_PAGES_H

#include <stdint.h>

#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The home pages, each named in the route table (routes.c). */

/* home/dashboard_page.c */
void page_account_dashboard(struct request *req);

#endif
