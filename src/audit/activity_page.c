/* The audit log, read-only: a company's administrators see their own
 * company's entries (/account/activity), seller staff those of every
 * company they work on (/backoffice/activity; an account manager's own). There is no way to change or remove an entry:
 * no route does it, and the database refuses it by trigger. */
#include "audit/pages.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "audit/audit.h"
#include "base/format.h"
#include "base/staff_scope.h"
#include "web/company_picker.h"
#include "web/response.h"
#include "audit/audit_store.h"
#include "base/companies_store.h"
#include "web/pager.h"
#include "base/validate.h"

#define ACTIVITY_PAGE_SIZE 50
#define DASH "\xe2\x80\x94"

/* The kinds of action the log can be filtered by: the action's prefix. */
static const struct {
    const char *value;
    const char *prefix;
    const char *label;
} kinds[] = {
    { "member", "member.", "Members and invitations" },
    { "role", "role.", "Roles" },
    { "unit", "unit.", "Business units" },
    { "address", "address.", "Addresses" },
    { "list", "list.", "Shared shopping lists" },
    { "company", "company.", "Company account" },
};
#define KIND_COUNT (sizeof kinds / sizeof kinds[0])

/* The ?kind= asked for, or "" (every kind) when absent or unknown. */
static const char *kind_prefix(const struct request *req, const char **value)
{
    const char *kind = req_query(req, "kind");
    for (size_t i = 0; i < KIND_COUNT; i++) {
        if (strcmp(kinds[i].value, kind) == 0) {
            *value = kinds[i].value;
            return kinds[i].prefix;
        }
    }
    *value = "";
    return "";
}

static void fill_kind_choices(tpl_dict *d, const char *current)
{
    for (size_t i = 0; i < KIND_COUNT; i++) {
        tpl_dict *k = tpl_add_section(d, "KIND");
        tpl_set(k, "VALUE", kinds[i].value);
        tpl_set(k, "LABEL", kinds[i].label);
        if (strcmp(kinds[i].value, current) == 0) tpl_show(k, "SELECTED");
    }
}

/* Unix seconds (UTC) in a strftime pattern; "" when it cannot be shown. */
static void when_text(int64_t when, const char *pattern, char *out, size_t size)
{
    time_t t = (time_t)when;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || strftime(out, size, pattern, &tm) == 0) out[0] = '\0';
}

void activity_fill_entries(tpl_dict *d, const struct audit_entry *rows, int n, int with_company)
{
    for (int i = 0; i < n; i++) {
        const struct audit_entry *e = &rows[i];
        tpl_dict *row = tpl_add_section(d, "ENTRY");
        char date[32], time_of_day[32], iso[32];
        format_date(e->created_at, date, sizeof date);
        when_text(e->created_at, "%H:%M UTC", time_of_day, sizeof time_of_day);
        when_text(e->created_at, "%Y-%m-%dT%H:%M:%SZ", iso, sizeof iso);
        tpl_set(row, "WHEN_DATE", date);
        tpl_set(row, "WHEN_TIME", time_of_day);
        tpl_set(row, "WHEN_ISO", iso);
        tpl_set(row, "ACTOR", e->actor);
        if (strcmp(e->actor_kind, "staff") == 0) tpl_show(row, "STAFF");
        else if (strcmp(e->actor_kind, "system") == 0) tpl_show(row, "SYSTEM");
        tpl_set(row, "ACTION", audit_action_label(e->action));
        tpl_set(row, "ACTION_CODE", e->action);
        tpl_set(row, "SUBJECT", e->subject);
        if (with_company) {
            tpl_dict *c = tpl_add_section(row, "COMPANY");
            tpl_set(c, "NAME", e->company[0] ? e->company : DASH);
            tpl_set_int(c, "COMPANY_ID", e->company_id);
            if (e->company_id) tpl_show(c, "LINKED");
            else tpl_show(c, "UNLINKED");
        }
        if (e->change_count == 0) {
            tpl_show(row, "NO_CHANGES");
            continue;
        }
        tpl_dict *changes = tpl_add_section(row, "CHANGES");
        for (int k = 0; k < e->change_count; k++) {
            tpl_dict *c = tpl_add_section(changes, "CHANGE");
            tpl_set(c, "FIELD", e->changes[k].field);
            tpl_set(c, "BEFORE", e->changes[k].before[0] ? e->changes[k].before : DASH);
            tpl_set(c, "AFTER", e->changes[k].after[0] ? e->changes[k].after : DASH);
            if (!e->changes[k].before[0]) tpl_show(c, "BEFORE_EMPTY");
            if (!e->changes[k].after[0]) tpl_show(c, "AFTER_EMPTY");
        }
    }
}

/* One page of one company's log with the kind filter: the lead's store
 * functions when unfiltered, ours with it. */
static int load_page(int64_t company_id, const char *prefix, int page, struct audit_entry *rows, int *total)
{
    int offset = (page - 1) * ACTIVITY_PAGE_SIZE;
    *total = prefix[0] ? store_activity_count(company_id, prefix) : store_audit_count(company_id);
    if (*total < 0) return -1;
    return prefix[0] ? store_activity_list(company_id, prefix, offset, rows, ACTIVITY_PAGE_SIZE)
                     : store_audit_list(company_id, offset, rows, ACTIVITY_PAGE_SIZE);
}

/* One page of the back office's log: the scope's companies, or company_id's
 * only when > 0; prefix "" is every kind. */
static int load_bo_page(const struct staff_scope *scope, int64_t company_id, const char *prefix, int page,
                        struct audit_entry *rows, int *total)
{
    *total = store_bo_activity_count(scope, company_id, prefix);
    if (*total < 0) return -1;
    return store_bo_activity_list(scope, company_id, prefix, (page - 1) * ACTIVITY_PAGE_SIZE, rows,
                                  ACTIVITY_PAGE_SIZE);
}

static void fill_list(tpl_dict *d, const struct audit_entry *rows, int n, int total, int with_company)
{
    tpl_set_int(d, "TOTAL", total);
    if (n > 0) {
        tpl_dict *list = tpl_add_section(d, "HAS_ENTRIES");
        if (with_company) tpl_show(list, "WITH_COMPANY");
        activity_fill_entries(list, rows, n, with_company);
    } else {
        tpl_show(d, "EMPTY");
    }
}

void page_activity(struct request *req)
{
    const char *kind;
    const char *prefix = kind_prefix(req, &kind);
    int page = page_number(req);
    static struct audit_entry rows[ACTIVITY_PAGE_SIZE];
    int total = 0;
    int n = load_page(req->session.company_id, prefix, page, rows, &total);
    if (n < 0) {
        response_error(req, 500, "The activity log cannot be shown right now.");
        return;
    }
    tpl_dict *d = response_page(req, 200, "audit/activity.tpl", "Activity");
    tpl_set(d, "COMPANY_NAME", req->session.company_name);
    fill_kind_choices(d, kind);
    if (kind[0]) tpl_show(d, "FILTERED");
    fill_list(d, rows, n, total, 0);
    char query[64] = "";
    if (kind[0]) snprintf(query, sizeof query, "kind=%s", kind);
    pager_fill(d, "/account/activity", query, page, total, ACTIVITY_PAGE_SIZE);
}

void page_bo_activity(struct request *req)
{
    const char *kind;
    const char *prefix = kind_prefix(req, &kind);
    int page = page_number(req);
    struct staff_scope scope = staff_scope_of(&req->actor);
    /* An unknown company (or one outside the scope) is no filter at all
     * rather than an empty log that looks as if nothing had happened. */
    static struct company_picker picker;
    int picked = company_picker_read(req, &scope, &picker);
    int64_t company_id = picker.id;
    const char *company_name = company_id ? picker.name : NULL;

    static struct audit_entry rows[ACTIVITY_PAGE_SIZE];
    int total = 0;
    int n = load_bo_page(&scope, company_id, prefix, page, rows, &total);
    if (n < 0 || picked < 0) {
        response_error(req, 500, "The activity log cannot be shown right now.");
        return;
    }
    tpl_dict *d = response_page(req, picker.error[0] ? 422 : 200, "audit/admin_activity.tpl", "Activity");
    company_picker_fill(d, &picker);
    if (company_name) tpl_set(tpl_add_section(d, "ONE_COMPANY"), "NAME", company_name);
    fill_kind_choices(d, kind);
    if (kind[0] || company_id) tpl_show(d, "FILTERED");
    fill_list(d, rows, n, total, company_id == 0);
    char query[128] = "";
    if (company_id && kind[0]) snprintf(query, sizeof query, "company=%lld&kind=%s", (long long)company_id, kind);
    else if (company_id) snprintf(query, sizeof query, "company=%lld", (long long)company_id);
    else if (kind[0]) snprintf(query, sizeof query, "kind=%s", kind);
    pager_fill(d, "/backoffice/activity", query, page, total, ACTIVITY_PAGE_SIZE);
}
