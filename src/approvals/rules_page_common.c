/* The helpers the approval-rule pages share (rules_page_common.h). */
#include "approvals/rules_page_common.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "web/response.h"

int rules_can_edit(const struct request *req)
{
    return !req->session.viewing_as_customer;
}

void rules_summary_of(const struct ar_rule *r, char *out, size_t size)
{
    approval_rule_summary(r, CURRENCY, out, size);
}

const struct approval_choice *rules_find_choice(const struct approval_choice *rows, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (rows[i].id == id) return &rows[i];
    return NULL;
}

/* Shows the error of field (if any) as <KEY>_INVALID / <KEY>_ERROR in d. */
void rules_field_error(tpl_dict *d, const struct form_errors *errors, const char *field, const char *key)
{
    if (!errors) return;
    char name[64];
    for (int i = 0; i < errors->count; i++) {
        if (strcmp(errors->items[i].field, field) != 0) continue;
        snprintf(name, sizeof name, "%s_INVALID", key);
        tpl_show(d, name);
        snprintf(name, sizeof name, "%s_ERROR", key);
        tpl_set(tpl_add_section(d, name), "MESSAGE", errors->items[i].message);
        return;
    }
}
