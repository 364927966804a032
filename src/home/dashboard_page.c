#include "home/pages.h"

#include <string.h>

#include "web/app.h"
#include "base/clock.h"
#include "credit/credit.h"
#include "base/format.h"
#include "orders/order_scope.h"
#include "orders/order_status.h"
#include "web/response.h"
#include "base/settings.h"
#include "lists/pages.h"
#include "approvals/approvals_store.h"
#include "base/companies_store.h"
#include "orders/orders_store.h"

#define RECENT_ORDERS 5

/* The given name, for "Welcome back, Ben". */
static void first_name(const char *full, char *out, size_t size)
{
    size_t n = strcspn(full, " ");
    if (n >= size) n = size - 1;
    memcpy(out, full, n);
    out[n] = '\0';
}

static void fill_recent_orders(tpl_dict *d, const struct session_info *s)
{
    enum order_scope scope = order_scope_for(s->permissions);
    if (scope == ORDER_SCOPE_NONE) return;
    tpl_dict *panel = tpl_add_section(d, "ORDERS_PANEL");
    tpl_set(panel, "SCOPE", order_scope_label(scope));
    struct order_summary orders[RECENT_ORDERS];
    int n = store_orders_recent_in_scope(s->company_id, s->user_id, scope, orders, RECENT_ORDERS);
    if (n <= 0) {
        tpl_show(panel, "NO_ORDERS");
        return;
    }
    tpl_dict *table = tpl_add_section(panel, "HAS_ORDERS");
    if (scope != ORDER_SCOPE_OWN) tpl_show(table, "SHOW_BUYER");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(table, "ORDER");
        if (scope != ORDER_SCOPE_OWN) {
            /* shown rather than a dictionary of its own: the row holds the name */
            tpl_show(row, "SHOW_BUYER");
            tpl_set(row, "PLACED_BY", orders[i].placed_by);
        }
        char money[48], date[32], iso[16];
        format_money(orders[i].total_cents, orders[i].currency, money, sizeof money);
        format_date(orders[i].placed_at, date, sizeof date);
        format_iso_date(orders[i].placed_at, iso, sizeof iso);
        tpl_set(row, "NUMBER", orders[i].number);
        tpl_set(row, "PO_NUMBER", orders[i].po_number[0] ? orders[i].po_number : "\xe2\x80\x94");
        tpl_set(row, "DATE", date);
        tpl_set(row, "DATE_ISO", iso);
        tpl_set(row, "TOTAL", money);
        tpl_set(row, "STATUS", order_status_label(orders[i].status));
        tpl_set(row, "BADGE", order_status_badge(orders[i].status));
    }
}

static void fill_account_panel(tpl_dict *d, const struct session_info *s)
{
    struct company_account acct;
    if (store_company_account(s->company_id, &acct) != 1) return;
    tpl_dict *panel = tpl_add_section(d, "ACCOUNT");
    tpl_set(panel, "PAYMENT_TERMS", acct.payment_terms);
    if (acct.account_manager[0]) {
        tpl_dict *am = tpl_add_section(panel, "ACCOUNT_MANAGER");
        tpl_set(am, "AM_NAME", acct.account_manager);
        tpl_set(am, "AM_EMAIL", acct.account_manager_email);
    }
    if (permissions_allow(s->permissions, PERM_VIEW_CREDIT)) {
        /* The credit account's figures (the last ledger row), or none: paid in advance. */
        struct credit_summary c;
        int has = credit_summary_of(s->company_id, clock_now() / 86400, &c);
        if (has < 0) return;
        if (!has) {
            tpl_show(panel, "NO_CREDIT");
            return;
        }
        char money[48];
        tpl_dict *credit = tpl_add_section(panel, "CREDIT");
        format_money(c.figures.limit, c.account.currency, money, sizeof money);
        tpl_set(credit, "CREDIT_LIMIT", money);
        format_money(c.available, c.account.currency, money, sizeof money);
        tpl_set(credit, "AVAILABLE", money);
        if (c.overdue > 0) {
            format_money(c.overdue, c.account.currency, money, sizeof money);
            tpl_set(tpl_add_section(credit, "OVERDUE"), "AMOUNT", money);
        }
        if (c.account.on_hold) tpl_show(credit, "ON_HOLD");
    }
}

/* "N orders wait for your approval": for approvers by role, and for anyone
 * a step waits for (a superior, a delegate). Staff viewing the company see
 * the company's count. */
static void fill_approvals_card(tpl_dict *d, const struct session_info *s)
{
    int waiting = store_approvals_waiting_count(s->company_id, s->viewing_as_customer ? 0 : s->user_id);
    if (waiting <= 0 && !permissions_allow(s->permissions, PERM_APPROVE_ORDERS)) return;
    tpl_dict *card = tpl_add_section(d, "APPROVALS");
    if (waiting > 0) {
        tpl_dict *w = tpl_add_section(card, "APPROVALS_WAITING");
        tpl_set_int(w, "COUNT", waiting);
        tpl_set(w, "WHAT", s->viewing_as_customer ? (waiting == 1 ? "order waits for approval" : "orders wait for approval")
                                                  : (waiting == 1 ? "order waits for your approval"
                                                                  : "orders wait for your approval"));
    } else {
        tpl_show(card, "NO_APPROVALS");
    }
}

void page_account_dashboard(struct request *req)
{
    const struct session_info *s = &req->session;
    tpl_dict *d = response_page(req, 200, "home/dashboard.tpl", "Dashboard");
    char given[64];
    first_name(s->user_name, given, sizeof given);
    if (s->viewing_as_customer) tpl_show(d, "AS_CUSTOMER");
    else tpl_set(tpl_add_section(d, "GREETING"), "FIRST_NAME", given);
    tpl_set(d, "COMPANY_NAME", s->company_name);
    tpl_set(d, "ROLE_NAME", s->role_name);
    fill_recent_orders(d, s);
    fill_account_panel(d, s);
    fill_approvals_card(d, s);
    if (!s->applicant) lists_card_fill(d, req);
    if (s->applicant) {
        tpl_show(d, "APPLICANT");
        /* Applicants see no orders yet: what they can already do instead,
         * each a working link (the cart only when the seller allows it). */
        tpl_dict *next = tpl_add_section(d, "APPLICANT_NEXT");
        if (settings_pre_approval() == PRE_APPROVAL_CART) tpl_show(next, "MAY_FILL_CART");
    }
}
