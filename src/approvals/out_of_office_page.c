/* Out of office (/account/out-of-office): a member names a colleague who
 * also receives their approval requests for a period (a delegation), or
 * ends it; each change is one transaction with its audit entry. Staff
 * viewing as the customer see the page read-only. Whom a delegation adds to
 * a step is decided when the step is written (approval_rules_resolve). */
#include "approvals/pages.h"

#include <stdio.h>
#include <string.h>

#include "approvals/approval_reminders.h"
#include "approvals/approvals_page_common.h"
#include "approvals/approvals_store.h"
#include "audit/audit.h"
#include "base/clock.h"
#include "base/db.h"
#include "base/format.h"
#include "team/units_store.h"
#include "web/form.h"
#include "web/response.h"

#define MEMBERS_MAX 500

/* Saving a period with its delegate, or clearing it (action "clear": then
 * nothing else counts). */
static const char *const ooo_actions[] = { "save", "clear", NULL };
static const struct field ooo_declared[] = {
    { "starts_on", "First day", FIELD_DATE, 1, 0, 0, NULL, "Enter the first day you are away.",
      "Enter a date as YYYY-MM-DD." },
    { "ends_on", "Last day", FIELD_DATE, 1, 0, 0, NULL, "Enter the last day you are away.",
      "Enter a date as YYYY-MM-DD." },
    { "delegate_user_id", "Delegate", FIELD_ID, 1, 0, 0, NULL, "Choose who decides for you while you are away.",
      "Choose a colleague from the list." },
    { "action", "Action", FIELD_ENUM, 0, 0, 0, ooo_actions, NULL, NULL },
    { NULL },
};
const struct form_spec form_out_of_office = { "out_of_office", ooo_declared };

static void render_out_of_office(struct request *req, int status, const struct form_errors *errors)
{
    static struct unit_member members[MEMBERS_MAX];
    const struct session_info *s = &req->session;
    int64_t now = clock_now();
    struct approval_delegation del;
    int has = s->viewing_as_customer ? 0 : store_delegation_get(s->company_id, s->user_id, &del);
    int n = s->viewing_as_customer ? 0 : store_unit_member_choices(s->company_id, members, MEMBERS_MAX);
    if (has < 0 || n < 0) {
        response_error(req, 500, "Your out-of-office settings cannot be shown right now. Please try again.");
        return;
    }
    tpl_dict *d = response_page(req, status, "approvals/out_of_office.tpl", "Out of office");
    if (s->viewing_as_customer) {
        tpl_show(d, "READ_ONLY");
        return;
    }
    char today[32];
    format_iso_date(now, today, sizeof today);
    if (has == 1) {
        tpl_dict *c = tpl_add_section(d, "CURRENT");
        tpl_set(c, "DELEGATE", del.delegate_name);
        tpl_set_date(c, "FROM", del.starts_at);
        tpl_set_date(c, "TO", del.ends_at - 1);
        tpl_show(c, del.ends_at <= now ? "ENDED" : del.starts_at > now ? "UPCOMING" : "ACTIVE");
        if (del.ends_at > now) tpl_show(c, "NOT_ENDED");
        tpl_set(c, "CSRF_TOKEN", req->csrf_token);
    } else {
        tpl_show(d, "NOT_SET");
    }
    tpl_dict *f = tpl_add_section(d, "FORM");
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    tpl_set(f, "TODAY", today);
    int64_t chosen = 0;
    if (errors && errors->count) {
        form_fill_declared(f, req, &form_out_of_office, errors);
        form_fill_declared(d, req, &form_out_of_office, errors);
        chosen = field_number(req, "delegate_user_id");
    } else if (has == 1 && del.ends_at > now) {
        char from[32], to[32];
        format_iso_date(del.starts_at, from, sizeof from);
        format_iso_date(del.ends_at - 1, to, sizeof to);
        tpl_set(f, "STARTS_ON", from);
        tpl_set(f, "ENDS_ON", to);
        chosen = del.delegate_user_id;
    } else {
        tpl_set(f, "STARTS_ON", today);
    }
    for (int i = 0; i < n; i++) {
        if (members[i].user_id == s->user_id) continue;
        tpl_dict *o = tpl_add_section(f, "DELEGATE_OPTION");
        tpl_set_int(o, "ID", members[i].user_id);
        tpl_set(o, "NAME", members[i].name);
        tpl_set(o, "EMAIL", members[i].email);
        if (members[i].user_id == chosen) tpl_show(o, "SELECTED");
    }
}

void page_out_of_office(struct request *req)
{
    render_out_of_office(req, 200, NULL);
}

static void period_text(const struct approval_delegation *d, char *out, size_t size)
{
    char from[32], to[32];
    format_date(d->starts_at, from, sizeof from);
    format_date(d->ends_at - 1, to, sizeof to);
    snprintf(out, size, "%s to %s", from, to);
}

static void save_delegation(struct request *req, int clear, const struct unit_member *delegate,
                            int64_t starts_at, int64_t ends_at)
{
    const struct session_info *s = &req->session;
    struct approval_delegation before;
    char before_period[80] = "", after_period[80] = "";
    int ok = db_begin() == 0;
    int had = ok ? store_delegation_get(s->company_id, s->user_id, &before) : -1;
    ok = had >= 0;
    if (had == 1) period_text(&before, before_period, sizeof before_period);
    if (ok && clear) ok = store_delegation_clear(s->company_id, s->user_id) >= 0;
    else if (ok) {
        ok = store_delegation_set(s->company_id, s->user_id, delegate->user_id, starts_at, ends_at) == 0;
        struct approval_delegation after = { .starts_at = starts_at, .ends_at = ends_at };
        period_text(&after, after_period, sizeof after_period);
    }
    struct audit_change changes[2] = {
        { "Delegate", had == 1 ? before.delegate_name : "", clear ? "" : delegate->name },
        { "Out of office", before_period, after_period },
    };
    if (ok && (had == 1 || !clear))
        ok = audit_record(&req->actor, s->company_id, "approval.delegated", s->user_name, changes, 2) == 0;
    if (!ok || db_commit() != 0) {
        db_rollback();
        response_error(req, 500, "Your out-of-office settings could not be saved. Please try again.");
        return;
    }
    char text[300];
    if (clear) snprintf(text, sizeof text, "You are no longer out of office.");
    else snprintf(text, sizeof text, "Out of office from %s. Approval requests arriving meanwhile also go to %s.",
                  after_period, delegate->name);
    flash_set(req, "success", text);
    response_redirect(req, "/account/out-of-office");
}

void page_out_of_office_save(struct request *req)
{
    const struct session_info *s = &req->session;
    if (strcmp(field_text(req, "action"), "clear") == 0) {
        save_delegation(req, 1, NULL, 0, 0);
        return;
    }
    struct form_errors errors = *field_errors(req);
    int64_t starts_at = 0, ends_at = 0;
    if (field_ok(req, "starts_on") && field_ok(req, "ends_on")) {
        /* A declared date is noon UTC; a period runs from the first day's start. */
        int64_t first = field_number(req, "starts_on") - APPROVAL_DAY_SECONDS / 2;
        int64_t last = field_number(req, "ends_on") - APPROVAL_DAY_SECONDS / 2;
        switch (approval_period_check(first, last, clock_now(), &starts_at, &ends_at)) {
        case PERIOD_OK: break;
        case PERIOD_ENDS_BEFORE_START: form_error(&errors, "ends_on", "The last day cannot be before the first."); break;
        case PERIOD_ENDED: form_error(&errors, "ends_on", "The last day is in the past."); break;
        case PERIOD_TOO_LONG: form_error(&errors, "ends_on", "Keep the period to a year or less."); break;
        }
    }
    struct unit_member delegate = { 0 };
    int64_t delegate_id = field_number(req, "delegate_user_id");
    if (field_ok(req, "delegate_user_id")) {
        if (store_inbox_member_get(s->company_id, delegate_id, &delegate) != 1)
            form_error(&errors, "delegate_user_id", "Choose a colleague from the list.");
        else if (delegate_id == s->user_id)
            form_error(&errors, "delegate_user_id", "Choose someone other than yourself.");
    }
    if (errors.count) {
        render_out_of_office(req, 422, &errors);
        return;
    }
    save_delegation(req, 0, &delegate, starts_at, ends_at);
}
