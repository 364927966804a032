/* Approval rules (issue 9): the company's rules with a plain-language
 * summary each, its spending limits, and the company's approval settings
 * (over a spending limit, reminders, escalation). The rule editor is
 * rule_editor_page.c, the limit on a member's page spending_limit_page.c;
 * the rules themselves are pure (approval_rules.h) and the SQL is in
 * approvals/approval_rules_store.c. Everything is read and written for
 * req->session.company_id only. */
#include "approvals/pages.h"

#include <stdio.h>
#include <string.h>

#include "approvals/approval_rules.h"
#include "approvals/approval_rules_store.h"
#include "approvals/approvals_page_common.h"
#include "approvals/rules_page_common.h"
#include "audit/audit.h"
#include "base/db.h"
#include "base/format.h"
#include "base/permissions.h"
#include "web/form.h"
#include "web/response.h"

#define REMINDER_DAYS_MAX 60

/* --- The list -------------------------------------------------------------------------- */

static const char *const limit_actions[] = { "approval", "refuse", NULL };
static const struct field settings_declared[] = {
    { "spending_limit_action", "Over a spending limit", FIELD_ENUM, 1, 0, 0, limit_actions,
      "Choose what happens when an order goes over a spending limit.",
      "Choose what happens when an order goes over a spending limit." },
    { "reminder_days", "Reminder after", FIELD_INT, 0, 0, REMINDER_DAYS_MAX, NULL, NULL,
      "Enter a number of days from 0 (never) to 60." },
    { "escalate", "Escalate", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_approval_settings = { "approval_settings", settings_declared };

static void render_list(struct request *req, int status, const struct form_errors *errors)
{
    static struct ar_rule rules[APPROVAL_RULES_MAX];
    static struct spending_limit limits[APPROVAL_LIMITS_MAX];
    int64_t company = req->session.company_id;
    int n = store_approval_rules_load(company, 0, 0, rules, APPROVAL_RULES_MAX);
    int nl = store_spending_limits_list(company, limits, APPROVAL_LIMITS_MAX);
    struct approval_settings settings;
    if (n < 0 || nl < 0 || store_approval_settings_get(company, &settings) != 1) {
        response_error(req, 500, "The approval rules could not be loaded. Please try again.");
        return;
    }
    tpl_dict *d = response_page(req, status, "approvals/rules.tpl", "Approval rules");
    tpl_set(d, "COMPANY_NAME", req->session.company_name);
    char summary[SUMMARY_MAX], text[64];
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "RULE");
        tpl_set_int(row, "ID", rules[i].id);
        tpl_set(row, "NAME", rules[i].name);
        rules_summary_of(&rules[i], summary, sizeof summary);
        tpl_set(row, "SUMMARY", summary);
        tpl_set_int(row, "LEVEL", rules[i].level);
        tpl_show(row, rules[i].active ? "ACTIVE" : "INACTIVE");
        tpl_set(row, "ACTION_LABEL", rules_can_edit(req) ? "Edit" : "View");
    }
    tpl_show(d, n > 0 ? "HAS_RULES" : "NO_RULES");
    for (int i = 0; i < nl; i++) {
        tpl_dict *row = tpl_add_section(d, "LIMIT");
        tpl_set_int(row, "USER_ID", limits[i].user_id);
        tpl_set(row, "NAME", limits[i].name);
        format_money(limits[i].amount, CURRENCY, text, sizeof text);
        tpl_set(row, "AMOUNT", text);
        ar_period_per(limits[i].period, limits[i].days, text, sizeof text);
        tpl_set(row, "PER", text);
        tpl_show(row, permissions_allow(req->session.permissions, PERM_MANAGE_MEMBERS) ? "LINKED" : "PLAIN");
    }
    tpl_show(d, nl > 0 ? "HAS_LIMITS" : "NO_LIMITS");
    tpl_show(d, settings.refuse ? "LIMIT_REFUSES" : "LIMIT_ASKS");

    /* The settings form keeps what was posted when it comes back with errors. */
    int posted = errors && errors->count;
    const char *action = posted ? field_text(req, "spending_limit_action") : settings.refuse ? "refuse" : "approval";
    int escalate = posted ? field_number(req, "escalate") != 0 : settings.escalate;
    char days[16];
    snprintf(days, sizeof days, "%d", settings.reminder_days);
    tpl_dict *s = tpl_add_section(d, "SETTINGS");
    if (posted) form_fill_declared(s, req, &form_approval_settings, errors);
    else tpl_set(s, "REMINDER_DAYS", days);
    tpl_show(s, strcmp(action, "refuse") == 0 ? "ACTION_REFUSE" : "ACTION_APPROVAL");
    if (escalate) tpl_show(s, "ESCALATE_CHECKED");
    tpl_set(s, "CSRF_TOKEN", req->csrf_token);
    if (rules_can_edit(req)) {
        tpl_show(s, "EDITABLE");
        tpl_show(d, "CAN_ADD");
    } else {
        tpl_show(s, "LOCKED");
        tpl_show(d, "READ_ONLY");
    }
}

void page_approval_rules(struct request *req)
{
    render_list(req, 200, NULL);
}

static void settings_words(const struct approval_settings *s, char *action, size_t asize, char *days, size_t dsize,
                           char *escalate, size_t esize)
{
    snprintf(action, asize, "%s", s->refuse ? "Refuse the order" : "Ask the superior to approve");
    if (s->reminder_days) snprintf(days, dsize, "%d day%s", s->reminder_days, s->reminder_days == 1 ? "" : "s");
    else snprintf(days, dsize, "Never");
    snprintf(escalate, esize, "%s", s->escalate ? "Yes" : "No");
}

void page_approval_settings_save(struct request *req)
{
    struct form_errors errors = *field_errors(req);
    struct approval_settings in = { 0 };
    in.refuse = strcmp(field_text(req, "spending_limit_action"), "refuse") == 0;
    in.reminder_days = (int)field_number(req, "reminder_days");   /* 0: empty, never */
    in.escalate = field_number(req, "escalate") != 0;
    if (in.escalate && in.reminder_days == 0 && !errors.count)
        form_error(&errors, "escalate", "Escalation happens with a reminder: set the reminder days first.");
    if (errors.count) {
        render_list(req, 422, &errors);
        return;
    }
    if (!tx_begin(req)) return;
    struct approval_settings old;
    if (store_approval_settings_get(req->session.company_id, &old) != 1) {
        tx_commit(req, 0, "settings");
        return;
    }
    char a0[64], d0[32], e0[8], a1[64], d1[32], e1[8];
    settings_words(&old, a0, sizeof a0, d0, sizeof d0, e0, sizeof e0);
    settings_words(&in, a1, sizeof a1, d1, sizeof d1, e1, sizeof e1);
    struct audit_change changes[3];
    size_t n = 0;
    if (old.refuse != in.refuse) changes[n++] = (struct audit_change){ "Over a spending limit", a0, a1 };
    if (old.reminder_days != in.reminder_days) changes[n++] = (struct audit_change){ "Reminder after", d0, d1 };
    if (old.escalate != in.escalate) changes[n++] = (struct audit_change){ "Escalate to the superior", e0, e1 };
    if (n == 0) {
        db_rollback();
        flash_set(req, "info", "Nothing was changed.");
        response_redirect(req, "/account/approval-rules");
        return;
    }
    int ok = store_approval_settings_set(req->session.company_id, &in) == 1
          && audit_record(&req->actor, req->session.company_id, "approval_settings.updated", req->session.company_name,
                          changes, n) == 0;
    if (!tx_commit(req, ok, "settings")) return;
    flash_set(req, "success", "The approval settings are saved.");
    response_redirect(req, "/account/approval-rules");
}
