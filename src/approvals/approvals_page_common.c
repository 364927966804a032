/* The helpers the approval pages and mails share (approvals_page_common.h). */
#include "approvals/approvals_page_common.h"

#include <stdio.h>

#include "approvals/approval_reminders.h"
#include "base/format.h"
#include "base/validate.h"

int approvals_route_id(const struct request *req, int64_t *id)
{
    return req->params.count > 0 && parse_id(req->params.values[0], id);
}

void approvals_set_money(tpl_dict *d, const char *key, int64_t cents, const char *currency)
{
    char text[64];
    format_money(cents, currency, text, sizeof text);
    tpl_set(d, key, text);
}

void approvals_set_waited(tpl_dict *d, int64_t now, int64_t since)
{
    int days = approval_days_waiting(now, since);
    char text[32];
    if (days == 0) snprintf(text, sizeof text, "since today");
    else snprintf(text, sizeof text, "%d day%s", days, days == 1 ? "" : "s");
    tpl_set(d, "WAITED", text);
    tpl_show(d, days >= 2 ? "LONG_WAIT" : "SHORT_WAIT");
}

