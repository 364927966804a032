/* The back office's credit (issue #20): every company's exposure sorted by
 * risk (overdue, then utilisation), orders waiting in credit review, the
 * request queue; per company the figures, limit and terms, hold, payments,
 * credit notes and adjustments; a request's decision. Everything through
 * the staff scope: an account manager's other companies answer 404.
 * STAFF_CREDIT reads, STAFF_MANAGE_CREDIT changes (routes.c). */
#include "credit/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/clock.h"
#include "base/db.h"
#include "base/format.h"
#include "base/money.h"
#include "base/permissions.h"
#include "base/settings.h"
#include "base/staff_scope.h"
#include "base/validate.h"
#include "audit/audit.h"
#include "credit/credit.h"
#include "credit/credit_requests_store.h"
#include "web/app.h"
#include "web/form.h"
#include "web/response.h"
#include "web/transaction.h"

#define EXPOSURE_MAX 500
#define REVIEW_MAX 100
#define REQUESTS_MAX 100

static int64_t today_day(void)
{
    return credit_day_of(clock_now());
}

static void set_money(tpl_dict *d, const char *key, int64_t cents, const char *currency)
{
    char text[48];
    format_money(cents, currency, text, sizeof text);
    tpl_set(d, key, text);
}

static void select_option(tpl_dict *d, const char *section, const char *value, const char *label, const char *chosen);

static int may_manage(const struct request *req)
{
    return (req->session.staff_permissions & STAFF_MANAGE_CREDIT) != 0;
}

/* ---- GET /backoffice/credit ------------------------------------------------------------- */

static void fill_settings(tpl_dict *d, const struct request *req, const struct form_errors *errors);

static void render_overview(struct request *req, int status, const struct form_errors *errors)
{
    static struct credit_exposure rows[EXPOSURE_MAX];
    static struct credit_review_order review[REVIEW_MAX];
    static struct credit_request requests[REQUESTS_MAX];
    struct staff_scope scope = staff_scope_of(&req->actor);
    char today[16];
    credit_day_text(today_day(), today, sizeof today);
    int n = store_bo_credit_exposure(&scope, today, rows, EXPOSURE_MAX);
    int r = store_bo_credit_review_orders(&scope, review, REVIEW_MAX);
    int q = store_bo_credit_requests(&scope, requests, REQUESTS_MAX);
    if (n < 0 || r < 0 || q < 0) {
        response_error(req, 500, "The credit accounts could not be read. Try again.");
        return;
    }
    tpl_dict *d = response_page(req, status, "credit/admin_credit.tpl", "Credit");
    fill_settings(d, req, errors);
    if (n == 0) tpl_show(d, "NO_ACCOUNTS");
    else {
        tpl_dict *table = tpl_add_section(d, "ACCOUNTS");
        for (int i = 0; i < n; i++) {
            const struct credit_exposure *e = &rows[i];
            tpl_dict *row = tpl_add_section(table, "ACCOUNT");
            tpl_set_int(row, "ID", e->company_id);
            tpl_set(row, "NAME", e->company_name);
            set_money(row, "LIMIT", e->figures.limit, e->currency);
            set_money(row, "BALANCE", e->figures.balance, e->currency);
            set_money(row, "RESERVED", e->figures.reserved, e->currency);
            set_money(row, "AVAILABLE", credit_available(&e->figures), e->currency);
            set_money(row, "OVERDUE", e->overdue, e->currency);
            long long used = e->figures.limit > 0 ? (e->figures.balance + e->figures.reserved) * 100 / e->figures.limit : 0;
            tpl_set_int(row, "UTILISATION", used);
            if (used >= 90) tpl_show(row, "HIGH");
            if (e->overdue > 0) tpl_show(row, "LATE");
            if (e->on_hold) tpl_show(row, "ON_HOLD");
            if (e->terms_unmapped) tpl_set(tpl_add_section(row, "UNMAPPED"), "TEXT", e->terms_note);
        }
    }
    if (r > 0) {
        tpl_dict *s = tpl_add_section(d, "REVIEW");
        for (int i = 0; i < r; i++) {
            tpl_dict *row = tpl_add_section(s, "ORDER");
            tpl_set(row, "NUMBER", review[i].number);
            tpl_set(row, "COMPANY", review[i].company_name);
            set_money(row, "TOTAL", review[i].total, review[i].currency);
            tpl_set_date(row, "PLACED", review[i].placed_at);
        }
    }
    int open = 0;
    tpl_dict *s = tpl_add_section(d, "REQUESTS");
    for (int i = 0; i < q; i++) {
        tpl_dict *row = tpl_add_section(s, "REQUEST");
        tpl_set_int(row, "ID", requests[i].id);
        tpl_set(row, "COMPANY", requests[i].company_name);
        set_money(row, "AMOUNT", requests[i].amount, requests[i].currency);
        set_money(row, "CURRENT", requests[i].current_limit, requests[i].currency);
        tpl_set(row, "BY", requests[i].requester_name);
        tpl_set_date(row, "DATE", requests[i].created_at);
        int is_open = strcmp(requests[i].status, "open") == 0;
        open += is_open;
        tpl_set(row, "STATUS", is_open ? "Waiting" : strcmp(requests[i].status, "approved") == 0 ? "Approved" : "Declined");
        tpl_set(row, "BADGE", is_open ? "warning" : strcmp(requests[i].status, "approved") == 0 ? "success" : "secondary");
    }
    if (q == 0) tpl_show(s, "NONE");
    tpl_set_int(d, "OPEN_REQUESTS", open);
}

void page_bo_credit(struct request *req)
{
    render_overview(req, 200, NULL);
}

/* ---- the seller's credit settings (STAFF_SETTINGS) ---------------------------------------------- */

#define REMITTANCE_DEFAULT "Bank transfer to buyerdesk Supply Co., account 000123456, routing 021000021. Quote the invoice number."
static const char *const seller_modes[] = { "refuse", "review", NULL };
static const char *const issuers[] = { "portal", "erp", NULL };
static const struct field settings_fields[] = {
    { "seller_over_limit", "An order over the available credit", FIELD_ENUM, 1, 0, 0, seller_modes, "Choose what happens.", "Choose what happens." },
    { "invoices_by", "Who issues invoices", FIELD_ENUM, 1, 0, 0, issuers, "Choose who issues invoices.", "Choose who issues invoices." },
    { "remittance", "How to pay (on every invoice)", FIELD_LINES, 1, 10, 500, NULL, "Say how customers pay their invoices.", NULL },
    { NULL },
};
const struct form_spec form_bo_credit_settings = { "bo_credit_settings", settings_fields };
static const char *const settings_names[] = { "seller_over_limit", "invoices_by", "remittance", NULL };
static const char *const settings_labels[] = { "An order over the available credit", "Who issues invoices", "How to pay", NULL };

static void fill_settings(tpl_dict *d, const struct request *req, const struct form_errors *errors)
{
    if (!(req->session.staff_permissions & STAFF_SETTINGS)) return;
    tpl_dict *s = tpl_add_section(d, "SETTINGS");
    tpl_set(s, "CSRF_TOKEN", req->csrf_token);
    char mode[16], by[16], remit[600];
    settings_get("credit_over_limit", "refuse", mode, sizeof mode);
    settings_get("credit_invoices_by", "portal", by, sizeof by);
    settings_get("credit_remittance", REMITTANCE_DEFAULT, remit, sizeof remit);
    int posted = errors != NULL;
    select_option(s, "MODE_OPTION", "refuse", "Refuse it, saying how much is available", posted ? req_form(req, "seller_over_limit") : mode);
    select_option(s, "MODE_OPTION", "review", "Accept it for credit review (no reservation until released)", posted ? req_form(req, "seller_over_limit") : mode);
    select_option(s, "ISSUER_OPTION", "portal", "The portal, one invoice per shipment", posted ? req_form(req, "invoices_by") : by);
    select_option(s, "ISSUER_OPTION", "erp", "The ERP (imported with buyerdesk import credit)", posted ? req_form(req, "invoices_by") : by);
    tpl_set(s, "REMITTANCE", remit);
    if (posted) form_fill_labelled(s, req, settings_names, settings_labels, errors);
}

void page_bo_credit_settings(struct request *req)
{
    const struct form_errors *errors = field_errors(req);
    if (errors->count) {
        render_overview(req, 422, errors);
        return;
    }
    int ok = db_begin() == 0;
    ok = ok && settings_set("credit_over_limit", field_text(req, "seller_over_limit")) == 0
            && settings_set("credit_invoices_by", field_text(req, "invoices_by")) == 0
            && settings_set("credit_remittance", field_text(req, "remittance")) == 0;
    if (!tx_commit(req, ok, "credit settings")) return;
    flash_set(req, "success", "The credit settings are saved.");
    response_redirect(req, "/backoffice/credit");
}

/* ---- GET /backoffice/credit/:id ----------------------------------------------------------- */

static const char *const terms_kinds[] = { "net", "eom", NULL };
static const char *const over_limit_modes[] = { "seller", "refuse", "review", NULL };
static const char *const entry_kinds[] = { "payment", "credit_note", "adjustment", NULL };

static const struct field limit_fields[] = {
    { "limit", "Credit limit", FIELD_MONEY, 1, 0, 100000000000, NULL, "Enter the credit limit.", "Enter an amount such as 50,000.00." },
    { "terms_kind", "Terms", FIELD_ENUM, 1, 0, 0, terms_kinds, "Choose the terms.", "Choose the terms." },
    { "terms_days", "Days", FIELD_INT, 1, 0, 365, NULL, "Enter the days.", "Enter a whole number of days from 0 to 365." },
    { "over_limit", "Over the limit", FIELD_ENUM, 1, 0, 0, over_limit_modes, "Choose what happens.", "Choose what happens." },
    { "reminder_days", "Due reminder", FIELD_INT, 1, 0, 60, NULL, "Enter the days.", "Enter a whole number of days from 0 to 60." },
    { "limit_note", "Note", FIELD_TEXT, 0, 0, 200, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_bo_credit_limit = { "bo_credit_limit", limit_fields };
static const struct field hold_fields[] = {
    { "on_hold", "On hold", FIELD_CHECKBOX, 0, 0, 0, NULL, NULL, NULL },
    { "hold_reason", "Reason", FIELD_TEXT, 0, 0, 300, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_bo_credit_hold = { "bo_credit_hold", hold_fields };
static const struct field entry_fields[] = {
    { "entry_kind", "Entry", FIELD_ENUM, 1, 0, 0, entry_kinds, "Choose the entry.", "Choose the entry." },
    { "amount", "Amount", FIELD_SIGNED_MONEY, 1, 0, 0, NULL, "Enter the amount.", "Enter an amount such as 1,250.00 (an adjustment may be negative)." },
    { "invoice", "Invoice", FIELD_TEXT, 0, 0, 40, NULL, NULL, NULL },
    { "reference", "Reference or reason", FIELD_TEXT, 1, 2, 200, NULL, "Give the payment's reference or the reason.", NULL },
    { NULL },
};
const struct form_spec form_bo_credit_payment = { "bo_credit_entry", entry_fields };

static const char *const limit_names[] = { "limit", "terms_kind", "terms_days", "over_limit", "reminder_days", "limit_note", NULL };
static const char *const limit_labels[] = { "Credit limit", "Terms", "Days", "Over the limit", "Due reminder", "Note", NULL };
static const char *const hold_names[] = { "on_hold", "hold_reason", NULL };
static const char *const hold_labels[] = { "On hold", "Reason", NULL };
static const char *const entry_names[] = { "entry_kind", "amount", "invoice", "reference", NULL };
static const char *const entry_labels[] = { "Entry", "Amount", "Invoice", "Reference or reason", NULL };

/* The company in the staff member's scope: 1 (name set), or 0 answered. */
static int load_company(struct request *req, int64_t *id, char *name, size_t size)
{
    if (!parse_id(req->params.values[0], id)) {
        response_error(req, 404, "There is no such credit account.");
        return 0;
    }
    struct staff_scope scope = staff_scope_of(&req->actor);
    return response_found(req, store_bo_credit_company(&scope, *id, name, size), "credit account");
}

static void select_option(tpl_dict *d, const char *section, const char *value, const char *label, const char *chosen)
{
    tpl_dict *o = tpl_add_section(d, section);
    tpl_set(o, "VALUE", value);
    tpl_set(o, "LABEL", label);
    if (strcmp(value, chosen) == 0) tpl_show(o, "SELECTED");
}

static void render_company(struct request *req, int status, int64_t id, const char *name, const char *which,
                           const struct form_errors *errors)
{
    static struct credit_invoice open[100];
    static struct credit_ledger_row recent[15];
    struct credit_summary s;
    int has = credit_summary_of(id, today_day(), &s);
    if (has < 0) {
        response_error(req, 500, "The credit account could not be read. Try again.");
        return;
    }
    tpl_dict *d = response_page(req, status, "credit/admin_company.tpl", name);
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "NAME", name);
    tpl_set_int(d, "ID", id);
    if (!has) {
        tpl_dict *none = tpl_add_section(d, "NO_ACCOUNT");
        if (may_manage(req)) {
            tpl_dict *f = tpl_add_section(none, "OPEN");
            tpl_set(f, "CSRF_TOKEN", req->csrf_token);
            int posted = which && strcmp(which, "limit") == 0;
            tpl_set(f, "LIMIT", posted ? req_form(req, "limit") : "");
            tpl_set(f, "TERMS_DAYS", posted ? req_form(req, "terms_days") : "30");
            if (posted) form_fill_labelled(f, req, limit_names, limit_labels, errors);
        }
        return;
    }
    tpl_dict *a = tpl_add_section(d, "ACCOUNT");
    const char *cur = s.account.currency;
    set_money(a, "LIMIT_TEXT", s.figures.limit, cur);
    set_money(a, "BALANCE", s.figures.balance, cur);
    set_money(a, "RESERVED", s.figures.reserved, cur);
    set_money(a, "AVAILABLE", s.available, cur);
    set_money(a, "OVERDUE", s.overdue, cur);
    char terms[64];
    credit_terms_label(&s.terms, terms, sizeof terms);
    tpl_set(a, "TERMS", terms);
    if (s.account.terms_note[0]) tpl_set(tpl_add_section(a, "TERMS_NOTE"), "TEXT", s.account.terms_note);
    if (s.account.terms_unmapped) tpl_show(a, "UNMAPPED");
    if (s.account.on_hold) tpl_set(tpl_add_section(a, "ON_HOLD"), "REASON", s.account.hold_reason);
    if (s.account.temporary_until[0]) {
        tpl_dict *t = tpl_add_section(a, "TEMPORARY");
        tpl_set(t, "UNTIL", s.account.temporary_until);
        set_money(t, "BASE", s.account.base_limit, cur);
    }
    for (int b = 0; b < AGING_BUCKETS; b++) {
        tpl_dict *row = tpl_add_section(a, "BUCKET");
        tpl_set(row, "LABEL", credit_bucket_label((enum credit_bucket)b));
        set_money(row, "AMOUNT", s.aging[b], cur);
    }
    int n = store_credit_open_invoices(id, open, 100);
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(a, "INVOICE");
        tpl_set(row, "NUMBER", open[i].number);
        tpl_set(row, "ORDER_NUMBER", open[i].order_number);
        tpl_set(row, "DUE_ON", open[i].due_on);
        set_money(row, "OPEN", open[i].amount - open[i].paid, cur);
    }
    if (n == 0) tpl_show(a, "NO_INVOICES");
    n = store_credit_ledger_recent(id, recent, 15);
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(a, "ROW");
        enum credit_kind k = CREDIT_ADJUSTMENT;
        credit_kind_parse(recent[i].kind, &k);
        tpl_set_date(row, "DATE", recent[i].at);
        tpl_set(row, "KIND", credit_kind_label(k));
        tpl_set(row, "REFERENCE", recent[i].reference);
        tpl_set(row, "NOTE", recent[i].note);
        tpl_set(row, "BY", recent[i].actor_label);
        set_money(row, "AMOUNT", recent[i].amount, cur);
        set_money(row, "BALANCE_AFTER", recent[i].after.balance, cur);
    }
    if (!may_manage(req)) return;
    /* The forms, with the account's values, or what was posted. */
    tpl_dict *f = tpl_add_section(a, "MANAGE");
    char limit[32], days[16], reminder[16];
    money_plain(s.account.limit, limit, sizeof limit);
    snprintf(days, sizeof days, "%d", s.account.terms_days);
    snprintf(reminder, sizeof reminder, "%d", s.account.due_reminder_days);
    int posted_limit = which && strcmp(which, "limit") == 0;
    tpl_set(f, "LIMIT", posted_limit ? req_form(req, "limit") : limit);
    tpl_set(f, "TERMS_DAYS", posted_limit ? req_form(req, "terms_days") : days);
    tpl_set(f, "REMINDER_DAYS", posted_limit ? req_form(req, "reminder_days") : reminder);
    const char *kind = posted_limit ? req_form(req, "terms_kind") : s.account.terms_kind;
    select_option(f, "TERMS_KIND_OPTION", "net", "Net days after the invoice", kind);
    select_option(f, "TERMS_KIND_OPTION", "eom", "End of the invoice's month, plus days", kind);
    const char *mode = posted_limit ? req_form(req, "over_limit") : s.account.over_limit[0] ? s.account.over_limit : "seller";
    select_option(f, "OVER_LIMIT_OPTION", "seller", "As the seller's setting", mode);
    select_option(f, "OVER_LIMIT_OPTION", "refuse", "Refuse the order", mode);
    select_option(f, "OVER_LIMIT_OPTION", "review", "Accept it for credit review", mode);
    if (posted_limit) form_fill_labelled(f, req, limit_names, limit_labels, errors);
    int posted_hold = which && strcmp(which, "hold") == 0;
    if (posted_hold ? field_number(req, "on_hold") == 1 : s.account.on_hold) tpl_show(f, "ON_HOLD_CHECKED");
    tpl_set(f, "HOLD_REASON", posted_hold ? req_form(req, "hold_reason") : s.account.hold_reason);
    if (posted_hold) form_fill_labelled(f, req, hold_names, hold_labels, errors);
    int posted_entry = which && strcmp(which, "entry") == 0;
    const char *entry = posted_entry ? req_form(req, "entry_kind") : "payment";
    select_option(f, "ENTRY_OPTION", "payment", "Payment received", entry);
    select_option(f, "ENTRY_OPTION", "credit_note", "Credit note", entry);
    select_option(f, "ENTRY_OPTION", "adjustment", "Adjustment", entry);
    if (posted_entry) form_fill_labelled(f, req, entry_names, entry_labels, errors);
}

void page_bo_credit_company(struct request *req)
{
    int64_t id;
    char name[200];
    if (!load_company(req, &id, name, sizeof name)) return;
    render_company(req, 200, id, name, NULL, NULL);
}

static void back_to(struct request *req, int64_t id, const char *message)
{
    char path[64];
    snprintf(path, sizeof path, "/backoffice/credit/%lld", (long long)id);
    flash_set(req, "success", message);
    response_redirect(req, path);
}

void page_bo_credit_limit(struct request *req)
{
    int64_t id;
    char name[200];
    if (!load_company(req, &id, name, sizeof name)) return;
    struct form_errors errors = *field_errors(req);
    if (errors.count) {
        render_company(req, 422, id, name, "limit", &errors);
        return;
    }
    if (!tx_begin(req)) return;
    struct credit_account a;
    int has = store_credit_account(id, &a);
    int64_t now = clock_now();
    int ok = 1;
    if (has == 0) {   /* opening the account */
        struct credit_terms t = { TERMS_NET, (int)field_number(req, "terms_days") };
        credit_terms_kind_parse(field_text(req, "terms_kind"), &t.kind);
        char currency[8] = "USD";
        ok = store_credit_company_currency(id, currency, sizeof currency) == 1
             && credit_account_open(&req->actor, id, currency, field_number(req, "limit"), &t, "", now) == 0
             && store_credit_account(id, &a) == 1;
    } else {
        ok = has == 1 && credit_limit_set(&req->actor, id, field_number(req, "limit"), field_text(req, "limit_note")[0]
                                          ? field_text(req, "limit_note") : "Set by the seller", now) == 0
             && store_credit_account(id, &a) == 1;
    }
    if (ok) {
        char before[64], after[64];
        struct credit_terms t = { TERMS_NET, a.terms_days };
        credit_terms_kind_parse(a.terms_kind, &t.kind);
        credit_terms_label(&t, before, sizeof before);
        snprintf(a.terms_kind, sizeof a.terms_kind, "%s", field_text(req, "terms_kind"));
        a.terms_days = (int)field_number(req, "terms_days");
        a.terms_unmapped = 0;
        const char *mode = field_text(req, "over_limit");
        snprintf(a.over_limit, sizeof a.over_limit, "%s", strcmp(mode, "seller") == 0 ? "" : mode);
        a.due_reminder_days = (int)field_number(req, "reminder_days");
        credit_terms_kind_parse(a.terms_kind, &t.kind);
        t.days = a.terms_days;
        credit_terms_label(&t, after, sizeof after);
        struct audit_change changes[] = { { "Terms", before, after },
                                          { "Over the limit", "", strcmp(mode, "seller") == 0 ? "As the seller's setting" : mode } };
        ok = store_credit_account_update(&a, now) == 1
             && audit_record(&req->actor, id, "credit.settings_changed", "", changes, 2) == 0;
    }
    if (!tx_commit(req, ok, "credit settings")) return;
    back_to(req, id, "The credit limit and terms are saved.");
}

void page_bo_credit_hold(struct request *req)
{
    int64_t id;
    char name[200];
    if (!load_company(req, &id, name, sizeof name)) return;
    struct form_errors errors = *field_errors(req);
    int on = field_number(req, "on_hold") == 1;
    if (on && !field_text(req, "hold_reason")[0]) form_error(&errors, "hold_reason", "Say why: the customer sees the reason.");
    if (errors.count) {
        render_company(req, 422, id, name, "hold", &errors);
        return;
    }
    if (!tx_begin(req)) return;
    int r = credit_hold_set(&req->actor, id, on, field_text(req, "hold_reason"), clock_now());
    if (!tx_commit(req, r >= 0, "credit hold")) return;
    back_to(req, id, on ? "The account is on credit hold." : "The account is not on hold.");
}

void page_bo_credit_payment(struct request *req)
{
    int64_t id;
    char name[200];
    if (!load_company(req, &id, name, sizeof name)) return;
    struct form_errors errors = *field_errors(req);
    const char *kind = field_text(req, "entry_kind"), *number = field_text(req, "invoice");
    int64_t amount = field_number(req, "amount");
    static struct credit_invoice inv;
    int64_t invoice_id = 0;
    if (!errors.count) {
        if (strcmp(kind, "adjustment") != 0 && amount <= 0) form_error(&errors, "amount", "Enter an amount above zero.");
        if (strcmp(kind, "adjustment") == 0 && amount == 0) form_error(&errors, "amount", "Enter an amount other than zero.");
        /* A payment is recorded once: the same reference again is a second
         * submit (or a payment already booked). */
        int known = strcmp(kind, "payment") == 0 ? store_credit_payment_known(id, field_text(req, "reference")) : 0;
        if (known < 0) {
            response_error(req, 500, "The ledger could not be read. Try again.");
            return;
        }
        if (known) form_error(&errors, "reference", "A payment with this reference is recorded already.");
        if (number[0]) {
            int found = store_credit_invoice_by_number(id, number, &inv);
            if (found < 0) {
                response_error(req, 500, "The invoice could not be read. Try again.");
                return;
            }
            if (!found) form_error(&errors, "invoice", "This company has no invoice of that number.");
            else if (strcmp(kind, "adjustment") != 0 && amount > inv.amount - inv.paid)
                form_error(&errors, "amount", "That is more than the invoice has open.");
            else invoice_id = inv.id;
        }
    }
    if (errors.count) {
        render_company(req, 422, id, name, "entry", &errors);
        return;
    }
    if (!tx_begin(req)) return;
    int64_t now = clock_now();
    const char *reference = field_text(req, "reference");
    int ok = strcmp(kind, "payment") == 0 ? credit_payment_record(&req->actor, id, amount, invoice_id, reference, now) == 0
           : strcmp(kind, "credit_note") == 0 ? credit_note_issue(&req->actor, id, amount, invoice_id, reference, now) == 0
           : credit_adjust(&req->actor, id, amount, reference, now) == 0;
    if (!tx_commit(req, ok, "credit entry")) return;
    back_to(req, id, strcmp(kind, "payment") == 0 ? "The payment is recorded."
                     : strcmp(kind, "credit_note") == 0 ? "The credit note is issued." : "The adjustment is recorded.");
}

/* ---- requests ------------------------------------------------------------------------------ */

static const char *const decisions[] = { "approve", "decline", NULL };
static const struct field decide_fields[] = {
    { "decision", "Decision", FIELD_ENUM, 1, 0, 0, decisions, "Approve or decline the request.", "Approve or decline the request." },
    { "new_limit", "New credit limit", FIELD_MONEY, 0, 0, 100000000000, NULL, NULL, "Enter an amount such as 75,000.00." },
    { "until", "Until", FIELD_DATE, 0, 0, 0, NULL, NULL, "Enter the date as YYYY-MM-DD." },
    { "reason", "Note to the customer", FIELD_LINES, 0, 0, 2000, NULL, NULL, NULL },
    { NULL },
};
const struct form_spec form_bo_credit_decide = { "bo_credit_decide", decide_fields };
static const char *const decide_names[] = { "decision", "new_limit", "until", "reason", NULL };
static const char *const decide_labels[] = { "Decision", "New credit limit", "Until", "Note to the customer", NULL };

static void render_request(struct request *req, int status, const struct credit_request *r,
                           const struct form_errors *errors)
{
    tpl_dict *d = response_page(req, status, "credit/admin_request.tpl", "Credit request");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set_int(d, "ID", r->id);
    tpl_set_int(d, "COMPANY_ID", r->company_id);
    tpl_set(d, "COMPANY", r->company_name);
    tpl_set(d, "BY", r->requester_name);
    tpl_set_date(d, "DATE", r->created_at);
    set_money(d, "AMOUNT", r->amount, r->currency);
    set_money(d, "CURRENT", r->current_limit, r->currency);
    tpl_set(d, "REASON_TEXT", r->reason);
    tpl_set(d, "ASKED_UNTIL", r->until[0] ? r->until : "Permanent");
    if (strcmp(r->status, "open") != 0) {
        tpl_dict *s = tpl_add_section(d, "DECIDED");
        tpl_set(s, "STATUS", strcmp(r->status, "approved") == 0 ? "Approved" : "Declined");
        tpl_set(s, "DECIDER", r->decider_name);
        if (strcmp(r->status, "approved") == 0) set_money(tpl_add_section(s, "GIVEN"), "LIMIT", r->decided_amount, r->currency);
        if (r->decision_reason[0]) tpl_set(tpl_add_section(s, "NOTE"), "TEXT", r->decision_reason);
        return;
    }
    if (!may_manage(req)) {
        tpl_show(d, "READ_ONLY");
        return;
    }
    tpl_dict *f = tpl_add_section(d, "FORM");
    char amount[32];
    money_plain(r->amount, amount, sizeof amount);
    tpl_set(f, "NEW_LIMIT", amount);
    tpl_set(f, "UNTIL", r->until);
    if (errors) form_fill_labelled(f, req, decide_names, decide_labels, errors);
}

static int load_request(struct request *req, struct credit_request *r)
{
    int64_t id;
    if (!parse_id(req->params.values[0], &id)) {
        response_error(req, 404, "There is no such credit request.");
        return 0;
    }
    struct staff_scope scope = staff_scope_of(&req->actor);
    return response_found(req, store_bo_credit_request(&scope, id, r), "credit request");
}

void page_bo_credit_request(struct request *req)
{
    static struct credit_request r;
    if (!load_request(req, &r)) return;
    render_request(req, 200, &r, NULL);
}

void page_bo_credit_request_decide(struct request *req)
{
    static struct credit_request r;
    if (!load_request(req, &r)) return;
    struct form_errors errors = *field_errors(req);
    int approve = strcmp(field_text(req, "decision"), "approve") == 0;
    if (!errors.count && approve && !field_ok(req, "new_limit"))
        form_error(&errors, "new_limit", "Enter the new credit limit.");
    if (errors.count) {
        render_request(req, 422, &r, &errors);
        return;
    }
    if (!tx_begin(req)) return;
    char why[200];
    struct staff_scope scope = staff_scope_of(&req->actor);
    int rc = credit_request_decide(&req->actor, &scope, r.id, approve, approve ? field_number(req, "new_limit") : 0,
                                   field_text(req, "until"), field_text(req, "reason"), why, sizeof why);
    if (rc == 1 || rc == 2) {
        db_rollback();
        if (rc == 2) {
            response_error(req, 409, "This request was decided meanwhile. Reload the page to see the decision.");
            return;
        }
        form_error(&errors, strstr(why, "last day") || strstr(why, "earlier") ? "until"
                            : strstr(why, "declined") ? "reason" : "new_limit", why);
        render_request(req, 422, &r, &errors);
        return;
    }
    if (!tx_commit(req, rc == 0, "credit request decision")) return;
    char path[64];
    snprintf(path, sizeof path, "/backoffice/credit/%lld", (long long)r.company_id);
    flash_set(req, "success", approve ? "The request is approved: the new limit applies now." : "The request is declined.");
    response_redirect(req, path);
}
