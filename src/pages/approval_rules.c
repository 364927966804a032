/* Approval rules, approval settings and spending limits (issue 9).
 * Placeholder: the pages are being built. */
#include "pages.h"

#include "../response.h"

void page_approval_rules(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_approval_rule_new(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_approval_rule_create(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_approval_settings_save(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_approval_rule(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_approval_rule_update(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_approval_rule_delete(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}

void page_team_member_spending_limit(struct request *req)
{
    response_error(req, 404, "This page is not ready yet.");
}
