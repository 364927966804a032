#ifndef BUYERDESK_ERP_PAGES_H
#define BUYERDESK_ERP_PAGES_H

#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The erp pages, each named in the route table (routes.c), and the
 * forms their POST routes take (web/fields.h). */

/* erp/imports_page.c */
void page_bo_imports(struct request *req);
void page_bo_import(struct request *req);
extern const struct form_spec form_import;
void page_bo_export_addresses(struct request *req);

#endif
