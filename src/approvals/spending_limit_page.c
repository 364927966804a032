/* A member's spending limit (issue 9): its card on the member's page for
 * viewers who manage approval rules (spending_limit_fill, which routes.c
 * hands to the team area as team_member_card), and setting or removing it
 * in one transaction with its audit entry. What an order over the limit
 * does is the company's approval setting (approval_rules_page.c). */
#include "approvals/pages.h"

#include <stdio.h>
#include <string.h>

#include "approvals/approval_rules.h"
#include "approvals/approval_rules_store.h"
#include "approvals/approvals_page_common.h"
#include "approvals/rules_page_common.h"
#include "audit/audit.h"
#include "base/clock.h"
#include "base/db.h"
#include "base/format.h"
#include "base/permissions.h"
#include "base/validate.h"
#include "team/pages.h"
#include "web/response.h"

static void limit_words(const struct spending_limit *l, int set, char *out, size_t size)
{
    if (!set) {
        snprintf(out, size, "No limit");
        return;
    }
    char amount[48], per[48];
    format_money(l->amount, CURRENCY, amount, sizeof amount);
    ar_period_per(l->period, l->days, per, sizeof per);
    snprintf(out, size, "%s %s", amount, per);
}

/* The limit, or "remove" it (then nothing else counts). The days count
 * only for the rolling period, so the handler checks them. */
static const struct field limit_declared[] = {
    { "limit_amount", "Amount", FIELD_MONEY, 1, 0, 0, NULL, "Enter an amount, like 1,000.00, or remove the limit.",
      NULL },
    { "limit_period", "Per", FIELD_ENUM, 1, 0, 0, &ar_period_names[AR_PERIOD_NONE + 1],
      "Choose the period the limit covers.", "Choose the period the limit covers." },
    { "limit_days", "Days", FIELD_TEXT, 0, 0, 16, NULL, NULL, NULL },
    { "remove", "Remove the limit", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_spending_limit = { "spending_limit", limit_declared };

/* The spending-limit card of a member's page (team.c), for viewers who
 * manage approval rules. */
void spending_limit_fill(tpl_dict *d, const struct request *req, int64_t user_id, const struct form_errors *errors)
{
    if (!permissions_allow(req->session.permissions, PERM_MANAGE_APPROVAL_RULES)) return;
    struct spending_limit l;
    int set = store_spending_limit_get(req->session.company_id, user_id, &l);
    struct approval_settings settings = { 0 };
    store_approval_settings_get(req->session.company_id, &settings);
    tpl_dict *s = tpl_add_section(d, "SPENDING_LIMIT");
    char words[128];
    limit_words(&l, set == 1, words, sizeof words);
    tpl_set(s, "CURRENT", words);
    tpl_show(s, set == 1 ? "HAS_LIMIT" : "NO_LIMIT");
    tpl_show(s, settings.refuse ? "REFUSES" : "ASKS");
    tpl_set_int(s, "ID", user_id);
    if (!rules_can_edit(req)) return;
    tpl_dict *f = tpl_add_section(s, "LIMIT_FORM");
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(f, "ID", user_id);
    int posted = errors && errors->count;
    char amount[40] = "", days[16] = "";
    const char *period = "month";
    if (posted) {
        form_fill_declared(f, req, &form_spending_limit, NULL);   /* as sent */
        period = field_text(req, "limit_period");
    } else {
        if (set == 1) {
            money_plain(l.amount, amount, sizeof amount);
            if (l.period == AR_PERIOD_ROLLING) snprintf(days, sizeof days, "%d", l.days);
            period = ar_period_name(l.period);
        }
        tpl_set(f, "LIMIT_AMOUNT", amount);
        tpl_set(f, "LIMIT_DAYS", days);
    }
    static const struct { const char *value, *label; } limit_periods[] = {
        { "month", "Month" }, { "quarter", "Quarter" }, { "year", "Year" }, { "rolling", "Last N days" },
    };
    for (int k = 0; k < COUNT_OF(limit_periods); k++) {
        tpl_dict *o = tpl_add_section(f, "LIMIT_PERIOD_OPTION");
        tpl_set(o, "VALUE", limit_periods[k].value);
        tpl_set(o, "LABEL", limit_periods[k].label);
        if (strcmp(period, limit_periods[k].value) == 0) tpl_show(o, "SELECTED");
    }
    rules_field_error(f, errors, "limit_amount", "LIMIT_AMOUNT");
    rules_field_error(f, errors, "limit_period", "LIMIT_PERIOD");
    rules_field_error(f, errors, "limit_days", "LIMIT_DAYS");
    if (set == 1) tpl_show(f, "CAN_REMOVE");
}

void page_team_member_spending_limit(struct request *req)
{
    int64_t user_id;
    if (!parse_id(req->params.values[0], &user_id)) {
        response_error(req, 404, "There is no such member in your company.");
        return;
    }
    static struct approval_choice members[APPROVAL_CHOICES_MAX];
    int nm = store_approval_choice_members(req->session.company_id, members, APPROVAL_CHOICES_MAX);
    const struct approval_choice *member = nm > 0 ? rules_find_choice(members, nm, user_id) : NULL;
    if (!member) {
        /* Not an active member of this company (or another company's). */
        response_error(req, nm < 0 ? 500 : 404, nm < 0 ? "Something went wrong." : "There is no such member in your company.");
        return;
    }
    int remove = field_number(req, "remove") != 0;
    struct form_errors errors = *field_errors(req);
    int64_t amount = 0, days = 0;
    enum ar_period period = AR_PERIOD_MONTH;
    if (!remove) {
        amount = field_number(req, "limit_amount");
        const struct field_value *sent_days = form_value(req->input, "limit_days");
        int days_refused = sent_days && sent_days->present && !sent_days->ok;   /* by the declaration */
        if (ar_period_parse(field_text(req, "limit_period"), &period) == 0 && period == AR_PERIOD_ROLLING
            && !days_refused
            && (ar_count_parse(field_text(req, "limit_days"), &days) != 0 || days < 1 || days > AR_DAYS_MAX))
            form_error(&errors, "limit_days", "Enter the number of days, from 1 to 3660.");
        if (errors.count) {
            team_member_page(req, 422, user_id, &errors);
            return;
        }
    }
    /* Back to the member's page, or to the rules for someone who manages
     * rules but not members. */
    char url[64];
    if (permissions_allow(req->session.permissions, PERM_MANAGE_MEMBERS))
        snprintf(url, sizeof url, "/account/team/%lld", (long long)user_id);
    else snprintf(url, sizeof url, "/account/approval-rules");
    if (!tx_begin(req)) return;
    struct spending_limit old, now_limit = { .amount = amount, .period = period, .days = (int)days };
    int had = store_spending_limit_get(req->session.company_id, user_id, &old);
    if (had < 0) {
        tx_commit(req, 0, "limit");
        return;
    }
    char before[128], after[128];
    limit_words(&old, had == 1, before, sizeof before);
    limit_words(&now_limit, !remove, after, sizeof after);
    if (strcmp(before, after) == 0) {
        db_rollback();
        flash_set(req, "info", "Nothing was changed.");
        response_redirect(req, url);
        return;
    }
    int ok = remove ? store_spending_limit_clear(req->session.company_id, user_id) >= 0
                    : store_spending_limit_set(req->session.company_id, user_id, amount, period, (int)days, clock_now()) == 0;
    struct audit_change changes[] = { { "Spending limit", before, after } };
    ok = ok && audit_record(&req->actor, req->session.company_id, "spending_limit.set", member->name, changes, 1) == 0;
    if (!tx_commit(req, ok, "limit")) return;
    char msg[MESSAGE_MAX];
    if (remove) snprintf(msg, sizeof msg, "%s has no spending limit any more.", member->name);
    else snprintf(msg, sizeof msg, "%s's spending limit is now %s.", member->name, after);
    flash_set(req, "success", msg);
    response_redirect(req, url);
}
