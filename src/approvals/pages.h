#ifndef BUYERDESK_APPROVALS_PAGES_H
#define BUYERDESK_APPROVALS_PAGES_H

#include <stdint.h>

#include "web/fields.h"
#include "web/form.h"
#include "base/permissions.h"
#include "web/render.h"
#include "web/request.h"

/* The approvals pages, each named in the route table (routes.c). */

/* approvals/spending_limit_page.c */
/* The spending-limit card of a member's page (shown to viewers who may
 * manage approval rules; the form only when not viewing as the customer). */
void spending_limit_fill(tpl_dict *d, const struct request *req, int64_t user_id, const struct form_errors *errors);
extern const struct form_spec form_spending_limit;
void page_team_member_spending_limit(struct request *req);

/* approvals/approval_rules_page.c: the rules, limits and settings */
void page_approval_rules(struct request *req);
extern const struct form_spec form_approval_settings;
void page_approval_settings_save(struct request *req);

/* approvals/rule_editor_page.c: one rule; its form is rule_form.c's
 * (the rule's own fields declared, the condition blocks and ticks read
 * there) */
extern const struct form_spec form_approval_rule;
extern const struct form_spec form_approval_rule_delete;
void page_approval_rule_new(struct request *req);
void page_approval_rule_create(struct request *req);
void page_approval_rule(struct request *req);
void page_approval_rule_update(struct request *req);
void page_approval_rule_delete(struct request *req);

/* approvals/approvals_page.c: the inbox and the decision page */
extern const struct form_spec form_approvals_bulk;
extern const struct form_spec form_approval_decide;
void page_approvals(struct request *req);
void page_approvals_bulk(struct request *req);
void page_approval_step(struct request *req);
void page_approval_decide(struct request *req);

/* approvals/out_of_office_page.c */
void page_out_of_office(struct request *req);
extern const struct form_spec form_out_of_office;
void page_out_of_office_save(struct request *req);

/* approvals/bo_company_approvals_page.c: the back office's read-only view */
void page_bo_company_approval_rules(struct request *req);

#endif
