#ifndef BUYERDESK_RULES_PAGE_COMMON_H
#define BUYERDESK_RULES_PAGE_COMMON_H

/* What the approval-rule pages share (approval_rules_page.c, rule_form.c,
 * rule_editor_page.c, spending_limit_page.c), private to the approvals
 * area: the transaction around a change, whether the viewer may change
 * anything, a rule's summary, finding a ticked id among the choices and an
 * error shown next to its field. */

#include <stddef.h>
#include <stdint.h>

#include "approvals/approval_rules.h"
#include "approvals/approval_rules_store.h"
#include "web/form.h"
#include "web/render.h"
#include "web/request.h"
#include "web/transaction.h"

#define SUMMARY_MAX 2048
#define MESSAGE_MAX 512
#define CURRENCY "USD"
#define COUNT_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* 0 for staff viewing as the customer: they see the pages, change nothing. */
int rules_can_edit(const struct request *req);

void rules_summary_of(const struct ar_rule *r, char *out, size_t size);

/* The choice with this id among rows, or NULL (another company's, or gone). */
const struct approval_choice *rules_find_choice(const struct approval_choice *rows, int n, int64_t id);

/* Shows the error of field (if any) as <KEY>_INVALID / <KEY>_ERROR in d. */
void rules_field_error(tpl_dict *d, const struct form_errors *errors, const char *field, const char *key);

#endif
