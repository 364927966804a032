/* The member's credit (issue #20): /account/credit at a glance (limit,
 * balance, reserved, available, terms, aging, a 12-month chart drawn here
 * as SVG with its table), the invoices with filters and paging, one
 * invoice, a printable statement, the ledger as CSV, and the request for
 * more credit. Every read is the signed-in company's. */
#include "credit/pages.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/civil_date.h"
#include "base/clock.h"
#include "base/csv.h"
#include "base/db.h"
#include "base/format.h"
#include "base/money.h"
#include "base/permissions.h"
#include "base/settings.h"
#include "credit/credit.h"
#include "credit/credit_requests_store.h"
#include "web/app.h"
#include "web/form.h"
#include "web/pager.h"
#include "web/response.h"
#include "web/transaction.h"

#define INVOICES_PAGE 20
#define RECENT_ROWS 8
#define MONTHS 12
#define STATEMENT_ROWS 400

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

/* The summary, or the page saying there is no credit account. 1 with an
 * account, 0 answered (none or error). */
static int load_summary(struct request *req, struct credit_summary *s, const char *page, const char *title,
                        tpl_dict **d)
{
    int has = credit_summary_of(req->session.company_id, today_day(), s);
    if (has < 0) {
        response_error(req, 500, "Your company's credit could not be read. Try again.");
        return 0;
    }
    *d = response_page(req, 200, page, title);
    tpl_set(*d, "COMPANY_NAME", req->session.company_name);
    if (!has) {
        tpl_show(*d, "NO_ACCOUNT");
        return 0;
    }
    tpl_show(*d, "HAS_ACCOUNT");
    return 1;
}

static void fill_figures(tpl_dict *d, const struct credit_summary *s)
{
    const char *cur = s->account.currency;
    tpl_dict *f = tpl_add_section(d, "FIGURES");
    set_money(f, "LIMIT", s->figures.limit, cur);
    set_money(f, "BALANCE", s->figures.balance, cur);
    set_money(f, "RESERVED", s->figures.reserved, cur);
    set_money(f, "AVAILABLE", s->available, cur);
    set_money(f, "OVERDUE", s->overdue, cur);
    if (s->available < 0) tpl_show(f, "OVER_LIMIT");
    if (s->overdue > 0) tpl_show(f, "HAS_OVERDUE");
    char terms[64];
    credit_terms_label(&s->terms, terms, sizeof terms);
    tpl_set(f, "TERMS", terms);
    if (s->account.terms_note[0]) tpl_set(tpl_add_section(f, "TERMS_NOTE"), "TEXT", s->account.terms_note);
    if (s->account.temporary_until[0]) {
        tpl_dict *t = tpl_add_section(f, "TEMPORARY");
        tpl_set(t, "UNTIL", s->account.temporary_until);
        set_money(t, "BASE", s->account.base_limit, cur);
    }
    if (s->account.on_hold) tpl_set(tpl_add_section(d, "ON_HOLD"), "REASON", s->account.hold_reason);
    int64_t total = 0;
    for (int b = 0; b < AGING_BUCKETS; b++) total += s->aging[b];
    tpl_dict *aging = tpl_add_section(d, "AGING");
    for (int b = 0; b < AGING_BUCKETS; b++) {
        tpl_dict *row = tpl_add_section(aging, "BUCKET");
        tpl_set(row, "LABEL", credit_bucket_label((enum credit_bucket)b));
        set_money(row, "AMOUNT", s->aging[b], cur);
        if (b > 0 && s->aging[b] > 0) tpl_show(row, "LATE");
    }
    set_money(aging, "TOTAL", total, cur);
}

static void fill_invoice_row(tpl_dict *row, const struct credit_invoice *inv, const char *currency, int64_t today)
{
    enum credit_invoice_status st = credit_invoice_status(inv->amount, inv->paid, credit_day_parse(inv->due_on), today);
    tpl_set(row, "NUMBER", inv->number);
    tpl_set(row, "ORDER_NUMBER", inv->order_number[0] ? inv->order_number : "\xe2\x80\x94");
    tpl_set(row, "ISSUED_ON", inv->issued_on);
    tpl_set(row, "DUE_ON", inv->due_on);
    set_money(row, "AMOUNT", inv->amount, currency);
    set_money(row, "OPEN", inv->amount - inv->paid, currency);
    tpl_set(row, "STATUS", credit_invoice_status_label(st));
    tpl_set(row, "BADGE", st == INVOICE_PAID ? "success" : st == INVOICE_OVERDUE ? "danger"
                          : st == INVOICE_PARTLY_PAID ? "info" : "secondary");
}

static void fill_ledger_row(tpl_dict *row, const struct credit_ledger_row *r, const char *currency)
{
    enum credit_kind k = CREDIT_ADJUSTMENT;
    credit_kind_parse(r->kind, &k);
    char date[32], iso[16];
    format_date(r->at, date, sizeof date);
    format_iso_date(r->at, iso, sizeof iso);
    tpl_set(row, "DATE", date);
    tpl_set(row, "DATE_ISO", iso);
    tpl_set(row, "KIND", credit_kind_label(k));
    tpl_set(row, "REFERENCE", r->reference[0] ? r->reference : "\xe2\x80\x94");
    tpl_set(row, "NOTE", r->note);
    set_money(row, "AMOUNT", r->amount, currency);
    set_money(row, "BALANCE", r->after.balance, currency);
    set_money(row, "AVAILABLE", credit_available(&r->after), currency);
}

/* ---- the chart -------------------------------------------------------------------- */

#define CHART_W 720
#define CHART_H 260
#define CHART_LEFT 78
#define CHART_RIGHT 30
#define CHART_TOP 16
#define CHART_BOTTOM 36

/* 1,234,567 cents -> "$12k" style axis labels. */
static void axis_label(int64_t cents, const char *currency, char *out, size_t size)
{
    int64_t units = cents / 100;
    const char *sign = strcmp(currency, "USD") == 0 || strcmp(currency, "CAD") == 0 ? "$" : "";
    if (llabs(units) >= 1000) snprintf(out, size, "%s%s%lldk", units < 0 ? "-" : "", sign, (long long)llabs(units) / 1000);
    else snprintf(out, size, "%s%s%lld", units < 0 ? "-" : "", sign, (long long)llabs(units));
}

static void fill_chart(tpl_dict *d, int64_t company_id, const char *currency)
{
    static const char *const month_names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    struct credit_figures at[MONTHS];
    char label[MONTHS][16];
    int64_t lo = 0, hi = 0;
    struct civil_date now = civil_date_from_days(today_day());
    for (int i = 0; i < MONTHS; i++) {
        /* The end of each of the last 12 months, this one (so far) last. */
        int back = MONTHS - 1 - i;
        int64_t y = now.year, m = now.month - back;
        while (m < 1) {
            m += 12;
            y--;
        }
        int64_t end = back == 0 ? clock_now()
                                : (civil_days_from_date(y, (int)m, civil_days_in_month(y, (int)m)) + 1) * 86400 - 1;
        if (store_credit_figures_at(company_id, end, &at[i]) < 0) memset(&at[i], 0, sizeof at[i]);
        snprintf(label[i], sizeof label[i], "%s %02lld", month_names[m - 1], (long long)(y % 100));
        int64_t values[3] = { at[i].balance, credit_available(&at[i]), at[i].limit };
        for (int v = 0; v < 3; v++) {
            if (values[v] < lo) lo = values[v];
            if (values[v] > hi) hi = values[v];
        }
    }
    if (hi <= lo) hi = lo + 100000;
    tpl_dict *c = tpl_add_section(d, "CHART");
    tpl_set_int(c, "WIDTH", CHART_W);
    tpl_set_int(c, "HEIGHT", CHART_H);
    int plot_w = CHART_W - CHART_LEFT - CHART_RIGHT, plot_h = CHART_H - CHART_TOP - CHART_BOTTOM;
    char balance[MONTHS * 24] = "", available[MONTHS * 24] = "", limit[MONTHS * 24] = "";
    size_t bl = 0, al = 0, ll = 0;
    for (int i = 0; i < MONTHS; i++) {
        int x = CHART_LEFT + plot_w * i / (MONTHS - 1);
        int yb = CHART_TOP + (int)((hi - at[i].balance) * plot_h / (hi - lo));
        int ya = CHART_TOP + (int)((hi - credit_available(&at[i])) * plot_h / (hi - lo));
        int yl = CHART_TOP + (int)((hi - at[i].limit) * plot_h / (hi - lo));
        bl += (size_t)snprintf(balance + bl, sizeof balance - bl, "%s%d,%d", i ? " " : "", x, yb);
        al += (size_t)snprintf(available + al, sizeof available - al, "%s%d,%d", i ? " " : "", x, ya);
        ll += (size_t)snprintf(limit + ll, sizeof limit - ll, "%s%d,%d", i ? " " : "", x, yl);
        tpl_dict *xl = tpl_add_section(c, "X_LABEL");
        tpl_set_int(xl, "X", x);
        tpl_set_int(xl, "Y", CHART_H - 12);
        tpl_set(xl, "TEXT", label[i]);
        tpl_dict *dot = tpl_add_section(c, "DOT");
        tpl_set_int(dot, "X", x);
        tpl_set_int(dot, "YB", yb);
        tpl_set_int(dot, "YA", ya);
        tpl_dict *row = tpl_add_section(d, "CHART_ROW");
        tpl_set(row, "MONTH", label[i]);
        set_money(row, "BALANCE", at[i].balance, currency);
        set_money(row, "AVAILABLE", credit_available(&at[i]), currency);
        set_money(row, "LIMIT", at[i].limit, currency);
    }
    tpl_set(c, "BALANCE_POINTS", balance);
    tpl_set(c, "AVAILABLE_POINTS", available);
    tpl_set(c, "LIMIT_POINTS", limit);
    for (int g = 0; g <= 4; g++) {
        int64_t v = lo + (hi - lo) * g / 4;
        int y = CHART_TOP + (int)((hi - v) * plot_h / (hi - lo));
        tpl_dict *grid = tpl_add_section(c, "GRID");
        tpl_set_int(grid, "Y", y);
        tpl_set_int(grid, "TY", y + 4);
        tpl_set_int(grid, "X1", CHART_LEFT);
        tpl_set_int(grid, "X2", CHART_W - CHART_RIGHT);
        tpl_set_int(grid, "TX", CHART_LEFT - 8);
        char text[32];
        axis_label(v, currency, text, sizeof text);
        tpl_set(grid, "TEXT", text);
    }
    if (lo < 0) {
        int y0 = CHART_TOP + (int)(hi * plot_h / (hi - lo));
        tpl_dict *zero = tpl_add_section(c, "ZERO");
        tpl_set_int(zero, "Y", y0);
        tpl_set_int(zero, "X1", CHART_LEFT);
        tpl_set_int(zero, "X2", CHART_W - CHART_RIGHT);
    }
}

/* ---- GET /account/credit ------------------------------------------------------------ */

void page_credit(struct request *req)
{
    static struct credit_invoice open[6];
    static struct credit_ledger_row recent[RECENT_ROWS];
    static struct credit_request requests[3];
    struct credit_summary s;
    tpl_dict *d;
    if (!load_summary(req, &s, "credit/credit.tpl", "Credit", &d)) return;
    const char *cur = s.account.currency;
    int64_t company = req->session.company_id, today = today_day();
    fill_figures(d, &s);
    fill_chart(d, company, cur);
    int n = store_credit_open_invoices(company, open, 6);
    if (n > 0) {
        tpl_dict *t = tpl_add_section(d, "OPEN_INVOICES");
        for (int i = 0; i < n && i < 5; i++) fill_invoice_row(tpl_add_section(t, "INVOICE"), &open[i], cur, today);
        if (s.open_invoices > 5) tpl_set_int(tpl_add_section(t, "MORE"), "COUNT", s.open_invoices);
    } else if (n == 0) {
        tpl_show(d, "NO_OPEN_INVOICES");
    }
    n = store_credit_ledger_recent(company, recent, RECENT_ROWS);
    if (n > 0) {
        tpl_dict *t = tpl_add_section(d, "RECENT");
        for (int i = 0; i < n; i++) fill_ledger_row(tpl_add_section(t, "ROW"), &recent[i], cur);
    }
    int may_request = permissions_allow(req->session.permissions, PERM_REQUEST_CREDIT) && !req->session.viewing_as_customer;
    n = store_credit_requests(company, requests, 3);
    if (n > 0 || may_request) {
        tpl_dict *r = tpl_add_section(d, "REQUESTS");
        int open_request = 0;
        for (int i = 0; i < n; i++) {
            tpl_dict *row = tpl_add_section(r, "REQUEST");
            char date[32];
            format_date(requests[i].created_at, date, sizeof date);
            tpl_set(row, "DATE", date);
            tpl_set(row, "BY", requests[i].requester_name);
            set_money(row, "AMOUNT", requests[i].amount, cur);
            tpl_set(row, "UNTIL", requests[i].until[0] ? requests[i].until : "Permanent");
            tpl_set(row, "REASON", requests[i].reason);
            int is_open = strcmp(requests[i].status, "open") == 0;
            open_request |= is_open;
            tpl_set(row, "STATUS", is_open ? "Waiting for a decision"
                                   : strcmp(requests[i].status, "approved") == 0 ? "Approved" : "Declined");
            tpl_set(row, "BADGE", is_open ? "warning" : strcmp(requests[i].status, "approved") == 0 ? "success" : "danger");
            if (!is_open) {
                tpl_dict *dec = tpl_add_section(row, "DECISION");
                if (strcmp(requests[i].status, "approved") == 0) {
                    set_money(dec, "GIVEN", requests[i].decided_amount, cur);
                    tpl_show(dec, "APPROVED");
                    if (requests[i].decided_until[0]) tpl_set(tpl_add_section(dec, "TEMPORARY"), "UNTIL", requests[i].decided_until);
                }
                if (requests[i].decision_reason[0]) tpl_set(tpl_add_section(dec, "REASON"), "TEXT", requests[i].decision_reason);
            }
        }
        if (n == 0) tpl_show(r, "NONE");
        if (may_request && !open_request) tpl_show(r, "MAY_REQUEST");
        if (may_request && open_request) tpl_show(r, "WAITING");
    }
}

/* ---- GET /account/credit/invoices ---------------------------------------------------- */

static const char *const invoice_filters[][2] = {
    { "", "All invoices" }, { "open", "Unpaid" }, { "overdue", "Overdue" }, { "paid", "Paid" },
};

void page_credit_invoices(struct request *req)
{
    static struct credit_invoice rows[INVOICES_PAGE];
    struct credit_summary s;
    tpl_dict *d;
    if (!load_summary(req, &s, "credit/invoices.tpl", "Invoices", &d)) return;
    const char *status = req_query(req, "status");
    int known = 0;
    for (size_t i = 0; i < sizeof invoice_filters / sizeof invoice_filters[0]; i++)
        if (strcmp(status, invoice_filters[i][0]) == 0) known = 1;
    if (!known) {
        status = "";
        tpl_set(tpl_add_section(d, "FILTER_ERROR"), "MESSAGE", "Choose one of the statuses offered: all invoices are shown.");
    }
    for (size_t i = 0; i < sizeof invoice_filters / sizeof invoice_filters[0]; i++) {
        tpl_dict *o = tpl_add_section(d, "STATUS_OPTION");
        tpl_set(o, "VALUE", invoice_filters[i][0]);
        tpl_set(o, "LABEL", invoice_filters[i][1]);
        if (strcmp(status, invoice_filters[i][0]) == 0) tpl_show(o, "SELECTED");
    }
    char today[16];
    int64_t day = today_day();
    credit_day_text(day, today, sizeof today);
    int page = page_number(req), total = 0;
    int n = store_credit_invoices(req->session.company_id, status, today, (page - 1) * INVOICES_PAGE, rows,
                                  INVOICES_PAGE, &total);
    if (n < 0) {
        response_error(req, 500, "The invoices could not be read. Try again.");
        return;
    }
    tpl_set_int(d, "TOTAL", total);
    if (n == 0) tpl_show(d, "NO_INVOICES");
    else {
        tpl_dict *t = tpl_add_section(d, "INVOICES");
        for (int i = 0; i < n; i++) fill_invoice_row(tpl_add_section(t, "INVOICE"), &rows[i], s.account.currency, day);
    }
    char query[64] = "";
    if (status[0]) snprintf(query, sizeof query, "status=%s", status);
    pager_fill(d, "/account/credit/invoices", query, page, total, INVOICES_PAGE);
}

/* ---- GET /account/credit/invoices/:number ------------------------------------------------ */

void page_credit_invoice(struct request *req)
{
    static struct credit_invoice inv;
    static struct credit_invoice_line lines[200];
    int found = store_credit_invoice_by_number(req->session.company_id, req->params.values[0], &inv);
    if (!response_found(req, found, "invoice")) return;
    struct credit_account a;
    if (store_credit_account(req->session.company_id, &a) != 1) {
        response_error(req, 404, "There is no such invoice.");
        return;
    }
    tpl_dict *d = response_page(req, 200, "credit/invoice.tpl", inv.number);
    tpl_set(d, "COMPANY_NAME", req->session.company_name);
    fill_invoice_row(d, &inv, a.currency, today_day());
    set_money(d, "PAID", inv.paid, a.currency);
    if (inv.order_number[0]) tpl_set(tpl_add_section(d, "ORDER"), "ORDER_NUMBER", inv.order_number);
    int n = inv.shipment_id ? store_credit_shipment_lines(req->session.company_id, inv.shipment_id, lines, 200) : 0;
    int64_t goods = 0;
    if (n > 0) {
        tpl_dict *t = tpl_add_section(d, "LINES");
        for (int i = 0; i < n; i++) {
            tpl_dict *row = tpl_add_section(t, "LINE");
            tpl_set(row, "SKU", lines[i].sku);
            tpl_set(row, "NAME", lines[i].name);
            tpl_set_int(row, "QUANTITY", lines[i].quantity);
            set_money(row, "UNIT_PRICE", lines[i].unit_price, a.currency);
            set_money(row, "TOTAL", lines[i].total, a.currency);
            goods += lines[i].total;
        }
        set_money(t, "GOODS", goods, a.currency);
        if (inv.amount != goods) set_money(tpl_add_section(t, "OTHER"), "AMOUNT", inv.amount - goods, a.currency);
    }
    char remit[600];
    settings_get("credit_remittance", "Bank transfer to buyerdesk Supply Co., account 000123456, routing 021000021. "
                 "Quote the invoice number.", remit, sizeof remit);   /* the back office's default too */
    tpl_set(d, "REMITTANCE", remit);
}

/* ---- GET /account/credit/statement ----------------------------------------------------- */

void page_credit_statement(struct request *req)
{
    static struct credit_invoice open[200];
    static struct credit_ledger_row rows[STATEMENT_ROWS];
    struct credit_summary s;
    tpl_dict *d;
    if (!load_summary(req, &s, "credit/statement.tpl", "Statement", &d)) return;
    const char *cur = s.account.currency;
    int64_t company = req->session.company_id, day = today_day();
    char today[32];
    format_date(clock_now(), today, sizeof today);
    tpl_set(d, "TODAY", today);
    fill_figures(d, &s);
    int n = store_credit_open_invoices(company, open, 200);
    if (n > 0) {
        tpl_dict *t = tpl_add_section(d, "OPEN_INVOICES");
        for (int i = 0; i < n; i++) fill_invoice_row(tpl_add_section(t, "INVOICE"), &open[i], cur, day);
    } else {
        tpl_show(d, "NO_OPEN_INVOICES");
    }
    /* The last 90 days of the ledger, oldest first. */
    n = store_credit_ledger_recent(company, rows, STATEMENT_ROWS);
    int64_t since = clock_now() - 90 * 86400;
    tpl_dict *t = NULL;
    for (int i = n - 1; i >= 0; i--) {
        if (rows[i].at < since) continue;
        if (!t) t = tpl_add_section(d, "LEDGER");
        fill_ledger_row(tpl_add_section(t, "ROW"), &rows[i], cur);
    }
    if (!t) tpl_show(d, "NO_LEDGER");
}

/* ---- GET /account/credit/ledger.csv ------------------------------------------------------- */

static void csv_money(int64_t minor, char *out, size_t size)
{
    uint64_t v = minor < 0 ? (uint64_t)0 - (uint64_t)minor : (uint64_t)minor;
    snprintf(out, size, "%s%" PRIu64 ".%02" PRIu64, minor < 0 ? "-" : "", v / 100, v % 100);
}

/* A cell a spreadsheet would run as a formula gets a leading quote. */
static void csv_text(struct csv_out *out, const char *value)
{
    if (strchr("=+-@\t\r", value[0]) && value[0]) {
        char quoted[700];
        snprintf(quoted, sizeof quoted, "'%s", value);
        csv_write_field(out, quoted, 0);
    } else {
        csv_write_field(out, value, 0);
    }
}

void page_credit_ledger_csv(struct request *req)
{
    static struct credit_ledger_row rows[500];
    struct credit_account a;
    int64_t company = req->session.company_id;
    int has = store_credit_account(company, &a);
    if (!response_found(req, has, "credit account")) return;
    char today[16], disposition[96];
    format_iso_date(clock_now(), today, sizeof today);
    snprintf(disposition, sizeof disposition, "attachment; filename=\"credit-ledger-%s.csv\"", today);
    response_header(req, "Content-Disposition", disposition);
    if (response_stream_begin(req, 200, "text/csv; charset=utf-8") != 0) return;
    static const char *const header[] = { "Date", "Entry", "Reference", "Note", "Currency", "Amount", "Balance after",
                                          "Reserved after", "Limit after", "Available after", "By" };
    struct csv_out out = { 0 };
    csv_write_record(&out, header, sizeof header / sizeof header[0]);
    int64_t after = 0;
    int n;
    while ((n = store_credit_ledger_rows(company, after, rows, 500)) > 0) {
        for (int i = 0; i < n; i++) {
            const struct credit_ledger_row *r = &rows[i];
            enum credit_kind k = CREDIT_ADJUSTMENT;
            credit_kind_parse(r->kind, &k);
            char date[16], v[5][32];
            format_iso_date(r->at, date, sizeof date);
            csv_write_field(&out, date, 1);
            csv_write_field(&out, credit_kind_label(k), 0);
            csv_text(&out, r->reference);
            csv_text(&out, r->note);
            csv_write_field(&out, a.currency, 0);
            csv_money(r->amount, v[0], sizeof v[0]);
            csv_money(r->after.balance, v[1], sizeof v[1]);
            csv_money(r->after.reserved, v[2], sizeof v[2]);
            csv_money(r->after.limit, v[3], sizeof v[3]);
            csv_money(credit_available(&r->after), v[4], sizeof v[4]);
            for (int j = 0; j < 5; j++) csv_write_field(&out, v[j], 0);
            csv_text(&out, r->actor_label);
            csv_write_record(&out, NULL, 0);   /* ends the record */
            after = r->id;
        }
        if (out.failed || response_stream_write(req, out.data, out.len) != 0) break;
        out.len = 0;
    }
    if (n < 0) fprintf(stderr, "credit: the ledger CSV of company %lld stopped: database error\n", (long long)company);
    csv_out_free(&out);
}

/* ---- GET/POST /account/credit/request ------------------------------------------------------ */

static const struct field credit_request_fields[] = {
    { "amount", "New credit limit", FIELD_MONEY, 1, 1, 100000000000, NULL, "Enter the credit limit you need.",
      "Enter an amount such as 75,000.00." },
    { "reason", "Reason", FIELD_LINES, 1, 10, 2000, NULL, "Say why your company needs more credit.", NULL },
    { "until", "Temporary until", FIELD_DATE, 0, 0, 0, NULL, NULL, "Enter the date as YYYY-MM-DD, for example 2027-03-15." },
    { NULL },
};
const struct form_spec form_credit_request = { "credit_request", credit_request_fields };
static const char *const request_fields[] = { "amount", "reason", "until", NULL };
static const char *const request_labels[] = { "New credit limit", "Reason", "Temporary until", NULL };

static void render_request(struct request *req, int status, const struct form_errors *errors, const char *problem)
{
    struct credit_summary s;
    int has = credit_summary_of(req->session.company_id, today_day(), &s);
    if (has < 0) {
        response_error(req, 500, "Your company's credit could not be read. Try again.");
        return;
    }
    tpl_dict *d = response_page(req, status, "credit/request.tpl", "Request more credit");
    tpl_set(d, "CSRF_TOKEN", req->csrf_token);
    tpl_set(d, "COMPANY_NAME", req->session.company_name);
    if (!has) {
        tpl_show(d, "NO_ACCOUNT");
        return;
    }
    int64_t open_id = 0;
    int open = store_credit_request_open(req->session.company_id, &open_id);
    tpl_dict *f = tpl_add_section(d, open == 1 ? "WAITING" : "FORM");
    set_money(d, "LIMIT", s.figures.limit, s.account.currency);
    set_money(d, "AVAILABLE", s.available, s.account.currency);
    if (open == 1) return;
    if (problem) tpl_set(tpl_add_section(f, "PROBLEM"), "TEXT", problem);
    form_fill_labelled(f, req, request_fields, request_labels, errors);
    char tomorrow[16];
    credit_day_text(today_day() + 1, tomorrow, sizeof tomorrow);
    tpl_set(f, "TOMORROW", tomorrow);
}

void page_credit_request_form(struct request *req)
{
    render_request(req, 200, NULL, NULL);
}

void page_credit_request(struct request *req)
{
    const struct form_errors *errors = field_errors(req);
    if (errors->count) {
        render_request(req, 422, errors, NULL);
        return;
    }
    if (req->session.viewing_as_customer) {
        response_error(req, 403, "Staff viewing a customer's account cannot ask for credit on its behalf.");
        return;
    }
    int64_t amount = field_number(req, "amount");
    const char *reason = field_text(req, "reason"), *until = field_text(req, "until");
    if (!tx_begin(req)) return;
    int64_t id = 0;
    char why[200];
    int r = credit_request_create(&req->actor, req->session.company_id, amount, reason, until, &id, why, sizeof why);
    if (r == 1) {
        db_rollback();
        struct form_errors e = { 0 };
        form_error(&e, strstr(why, "last day") ? "until" : "amount", why);
        render_request(req, 422, &e, NULL);
        return;
    }
    if (!tx_commit(req, r == 0, "credit request")) return;
    flash_set(req, "success", "Your request for more credit was sent. We will mail you the decision.");
    response_redirect(req, "/account/credit");
}
