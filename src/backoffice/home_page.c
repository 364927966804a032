#include "backoffice/pages.h"
#include "base/clock.h"

#include <string.h>

#include "base/db.h"
#include "base/format.h"
#include "base/staff_scope.h"
#include "web/response.h"
#include "accounts/accounts_store.h"
#include "accounts/applications_store.h"
#include "base/companies_store.h"
#include "base/validate.h"
#include "jobs/job_view.h"
#include "jobs/jobs.h"
#include "orders/orders_store.h"
#include "orders/orders_admin_store.h"
#include "orders/order_status.h"

#define COMPANIES_SHOWN 50

static void fill_company_rows(tpl_dict *d, const struct staff_scope *scope)
{
    static struct company_overview rows[COMPANIES_SHOWN];
    int n = store_bo_companies_overview(scope, rows, COMPANIES_SHOWN);
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "COMPANY");
        tpl_set(row, "NAME", rows[i].name);
        tpl_set(row, "ERP", rows[i].erp_account_no[0] ? rows[i].erp_account_no : "\xe2\x80\x94");
        tpl_set(row, "STATUS", rows[i].status);
        tpl_set(row, "BADGE", rows[i].status[0] == 'a' ? "success" : rows[i].status[0] == 'p' ? "warning" : "danger");
        tpl_set_int(row, "MEMBERS", rows[i].active_members);
        char date[32] = "\xe2\x80\x94";
        if (rows[i].last_order_at) format_date(rows[i].last_order_at, date, sizeof date);
        tpl_set(row, "LAST_ORDER", date);
    }
}

#define CHANGE_REQUESTS_SHOWN 20

static void fill_change_requests(tpl_dict *d, const struct staff_scope *scope, const char *csrf_token)
{
    static struct open_change_request rows[CHANGE_REQUESTS_SHOWN];
    int n = store_bo_company_change_requests_open(scope, rows, CHANGE_REQUESTS_SHOWN);
    if (n <= 0) tpl_show(d, "NO_CHANGE_REQUESTS");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(d, "CHANGE_REQUEST");
        char date[32];
        format_date(rows[i].created_at, date, sizeof date);
        tpl_set_int(row, "ID", rows[i].id);
        tpl_set(row, "DATE", date);
        tpl_set(row, "COMPANY", rows[i].company);
        tpl_set(row, "AUTHOR", rows[i].author);
        tpl_set(row, "MESSAGE", rows[i].message);
        tpl_set(row, "CSRF_TOKEN", csrf_token);
    }
}

/* Orders waiting for the seller, each a link into the order list. */
static void fill_orders_to_process(tpl_dict *d, const struct staff_scope *scope)
{
    static const struct {
        const char *status;
        const char *label;
    } queue[] = {
        { "approved", "waiting to be processed" },
        { "processing", "being processed" },
        { "partially_shipped", "partially shipped, the rest to follow" },
    };
    int total = 0;
    for (size_t i = 0; i < sizeof queue / sizeof queue[0]; i++) {
        int n = store_bo_orders_count_status(scope, 0 /* no one company: all the scope reaches */, queue[i].status);
        if (n < 0) n = 0;
        total += n;
        tpl_dict *row = tpl_add_section(d, "ORDER_QUEUE");
        tpl_set_int(row, "COUNT", n);
        tpl_set(row, "LABEL", queue[i].label);
        tpl_set(row, "STATUS", queue[i].status);
        tpl_set(row, "BADGE", order_status_badge(queue[i].status));
    }
    tpl_set_int(d, "ORDERS_TO_PROCESS", total);
}

static const char *outcome_badge(const struct job_view *v)
{
    if (v->running_on[0]) return "info";
    if (!v->outcome[0]) return "secondary";
    return strcmp(v->outcome, "ok") == 0 ? "success" : "danger";
}

/* The periodic jobs (`buyerdesk jobs list`), for those who run the
 * seller's settings: whether mail and reminders still go out. */
static void fill_jobs(tpl_dict *d)
{
    tpl_dict *jobs = tpl_add_section(d, "JOBS");
    int64_t now = clock_now();
    for (int i = 0; i < jobs_count(); i++) {
        struct job_view v;
        if (job_view_get(i, now, &v) != 1) continue;   /* its row could not be read */
        tpl_dict *row = tpl_add_section(jobs, "JOB");
        tpl_set(row, "NAME", v.name);
        tpl_set(row, "EVERY", v.every);
        tpl_set(row, "LAST_RUN", v.last_run);
        tpl_set(row, "DURATION", v.duration[0] ? v.duration : "\xe2\x80\x94");
        tpl_set(row, "OUTCOME", v.running_on[0] ? "running" : v.outcome[0] ? v.outcome : "not run yet");
        tpl_set(row, "BADGE", outcome_badge(&v));
        if (v.error[0]) tpl_set(tpl_add_section(row, "ERROR"), "ERROR", v.error);
        tpl_set(row, "NEXT_RUN", v.next_run);
    }
}

/* Everything here is of the companies the staff member works on (an
 * account manager's own), except applications, which any of them may
 * take up. */
void page_backoffice_dashboard(struct request *req)
{
    struct staff_scope scope = staff_scope_of(&req->actor);
    tpl_dict *d = response_page(req, 200, "backoffice/home.tpl", "Back office");
    tpl_set(d, "USER_NAME", req->session.user_name);
    tpl_set_int(d, "ACTIVE_COMPANIES", store_bo_companies_count(&scope, "active"));
    tpl_set_int(d, "APPLICATIONS_WAITING", store_applications_count("new"));
    struct order_totals totals = { 0 };
    store_bo_orders_totals_since(&scope, clock_now() - 30 * 86400, &totals);
    char money[48];
    format_money(totals.total_cents, "USD", money, sizeof money);
    tpl_set_int(d, "ORDERS_30D", totals.count);
    tpl_set(d, "REVENUE_30D", money);
    fill_orders_to_process(d, &scope);
    fill_company_rows(d, &scope);
    fill_change_requests(d, &scope, req->csrf_token);
    if (permissions_allow(req->session.staff_permissions, STAFF_SETTINGS)) fill_jobs(d);
}

void page_bo_change_request_done(struct request *req)
{
    int64_t id;
    struct staff_scope scope = staff_scope_of(&req->actor);
    int done = parse_id(req->params.values[0], &id) ? store_bo_company_change_request_done(&scope, id) : 0;
    if (done < 0) {
        response_error(req, 500, "The request could not be updated.");
        return;
    }
    if (done == 0) {
        response_error(req, 404, "There is no such open change request.");
        return;
    }
    flash_set(req, "success", "The change request is marked done.");
    response_redirect(req, "/backoffice");
}
