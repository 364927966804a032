/* The back office's read-only view of a company's approval set-up
 * (/backoffice/companies/:id/approval-rules): its settings, its rules with
 * their summaries and approvers, its members' spending limits, and the
 * orders waiting for approval with whom they wait for and for how long. */
#include "approvals/pages.h"

#include <stdio.h>

#include "approvals/approval_rules.h"
#include "approvals/approval_rules_store.h"
#include "approvals/approvals_page_common.h"
#include "approvals/approvals_store.h"
#include "base/clock.h"
#include "base/companies_store.h"
#include "base/staff_scope.h"
#include "web/response.h"

#define WAITING_ORDERS_MAX 200

static void fill_bo_rules(tpl_dict *d, int64_t company_id)
{
    static struct ar_rule rules[APPROVAL_RULES_MAX];
    int n = store_approval_rules_load(company_id, 0, 0, rules, APPROVAL_RULES_MAX);
    if (n <= 0) {
        tpl_show(d, "NO_RULES");
        return;
    }
    tpl_dict *list = tpl_add_section(d, "RULES");
    for (int i = 0; i < n; i++) {
        char summary[1024], approvers[512];
        approval_rule_summary(&rules[i], "USD", summary, sizeof summary);
        approval_rule_approvers_phrase(&rules[i], approvers, sizeof approvers);
        tpl_dict *row = tpl_add_section(list, "RULE");
        tpl_set(row, "NAME", rules[i].name);
        tpl_set(row, "SUMMARY", summary);
        tpl_set(row, "APPROVERS", approvers);
        tpl_set_int(row, "LEVEL", rules[i].level);
        tpl_show(row, rules[i].active ? "ACTIVE" : "INACTIVE");
    }
}

static void fill_bo_limits(tpl_dict *d, int64_t company_id)
{
    static struct spending_limit limits[APPROVAL_LIMITS_MAX];
    int n = store_spending_limits_list(company_id, limits, APPROVAL_LIMITS_MAX);
    if (n <= 0) {
        tpl_show(d, "NO_LIMITS");
        return;
    }
    tpl_dict *list = tpl_add_section(d, "LIMITS");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(list, "LIMIT");
        char per[64];
        ar_period_per(limits[i].period, limits[i].days, per, sizeof per);
        tpl_set(row, "MEMBER", limits[i].name);
        approvals_set_money(row, "AMOUNT", limits[i].amount, "USD");
        tpl_set(row, "PERIOD", per);
    }
}

static void fill_bo_waiting(tpl_dict *d, int64_t company_id, int64_t now)
{
    static struct approval_waiting_order orders[WAITING_ORDERS_MAX];
    static struct approval_step steps[WAITING_ORDERS_MAX * 2];
    int no = store_approval_company_waiting_orders(company_id, orders, WAITING_ORDERS_MAX);
    int ns = store_approval_company_waiting_steps(company_id, steps, WAITING_ORDERS_MAX * 2);
    if (no <= 0 || ns < 0) {
        tpl_show(d, "NO_WAITING");
        return;
    }
    tpl_dict *list = tpl_add_section(d, "WAITING");
    for (int i = 0; i < no; i++) {
        tpl_dict *row = tpl_add_section(list, "ORDER");
        tpl_set(row, "NUMBER", orders[i].number);
        tpl_set(row, "BUYER", orders[i].buyer[0] ? orders[i].buyer : "\xe2\x80\x94");
        approvals_set_money(row, "AMOUNT", orders[i].total, orders[i].currency);
        tpl_set_date(row, "PLACED", orders[i].placed_at);
        int any = 0;
        for (int j = 0; j < ns; j++) {
            if (steps[j].order_id != orders[i].order_id) continue;
            tpl_dict *w = tpl_add_section(row, "WAITING_FOR");
            tpl_set(w, "LABEL", steps[j].approver_label);
            tpl_set_int(w, "LEVEL", steps[j].level);
            approvals_set_waited(w, now, steps[j].requested_at);
            any = 1;
        }
        if (!any) tpl_show(row, "NO_STEP");
    }
}

void page_bo_company_approval_rules(struct request *req)
{
    int64_t id;
    char company[256];
    struct approval_settings settings;
    /* A company outside the staff member's scope is not found (404). */
    struct staff_scope scope = staff_scope_of(&req->actor);
    int found = approvals_route_id(req, &id) ? store_bo_company_name(&scope, id, company, sizeof company) : 0;
    if (found == 1) found = store_approval_settings_get(id, &settings);
    if (!response_found(req, found, "company")) return;
    char title[300];
    snprintf(title, sizeof title, "Approval rules of %s", company);
    tpl_dict *d = response_page(req, 200, "approvals/admin_company_approvals.tpl", title);
    tpl_set_int(d, "ID", id);
    tpl_set(d, "COMPANY", company);
    tpl_set(d, "LIMIT_ACTION", settings.refuse ? "Orders over a member's limit are refused"
                                               : "Orders over a member's limit need their superior's approval");
    if (settings.reminder_days > 0) {
        char text[160];
        snprintf(text, sizeof text, "After %d day%s of waiting%s", settings.reminder_days,
                 settings.reminder_days == 1 ? "" : "s",
                 settings.escalate ? ", and escalated to the approver's superior" : "");
        tpl_set(d, "REMINDERS", text);
    } else {
        tpl_set(d, "REMINDERS", "No reminders");
    }
    fill_bo_rules(d, id);
    fill_bo_limits(d, id);
    fill_bo_waiting(d, id, clock_now());
}
