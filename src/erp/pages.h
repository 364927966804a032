#ifndef BUYERDESK_ERP_PAGES_H
#define BUYERDESK_ERP_PAGES_H

#include <stdint.h>

#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The erp pages, each named in the route table (routes.c). */

/* erp/imports_page.c */
void page_bo_imports(struct request *req);
void page_bo_import(struct request *req);
void page_bo_export_addresses(struct request *req);

#endif
