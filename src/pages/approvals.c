/* Approval inbox, decisions, out of office; back-office view of rules (issue 9).
 * Placeholder: the pages are being built. */
#include "pages.h"

#include "../response.h"

void page_approvals(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_approvals_bulk(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_approval_step(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_approval_decide(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_out_of_office(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_out_of_office_save(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_bo_company_approval_rules(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void approval_trail_fill(tpl_dict *d, int64_t company_id, int64_t order_id)
{
    (void)d; (void)company_id; (void)order_id;
}
