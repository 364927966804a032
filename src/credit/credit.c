/* Account credit for any actor (credit.h). */
#include "credit/credit.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "base/civil_date.h"
#include "base/clock.h"
#include "base/format.h"
#include "base/money.h"
#include "base/sequences.h"
#include "base/settings.h"
#include "base/permissions.h"
#include "credit/credit_requests_store.h"
#include "mail/mail.h"

#define SEQUENCE_INVOICE_NUMBER "invoice_number"

/* A change dated an earlier day is history being replayed (the demo's
 * year): it is in the ledger with its date; the audit log, whose entries
 * are stamped now, and mail ("news") are for what happens today. */
static int is_today(int64_t at)
{
    return !at || credit_day_of(at) >= credit_day_of(clock_now());
}
#define SHIPMENTS_MAX 64
#define OPEN_INVOICES_MAX 500


int credit_ledger_add(const struct actor *who, int64_t company_id, const struct credit_entry *e, int64_t *ledger_id,
                      struct credit_figures *after)
{
    struct credit_figures f;
    if (store_credit_last(company_id, &f) < 0) return -1;
    if (credit_apply(&f, e->kind, e->amount) != 0) {
        fprintf(stderr, "credit: %s of %lld refused for company %lld\n", credit_kind_name(e->kind),
                (long long)e->amount, (long long)company_id);
        return -1;
    }
    struct credit_ledger_new row = {
        .company_id = company_id, .at = e->at ? e->at : clock_now(), .kind = credit_kind_name(e->kind),
        .amount = e->amount, .order_id = e->order_id, .invoice_id = e->invoice_id, .reference = e->reference,
        .note = e->note, .actor_label = who->label, .after = f,
    };
    if (store_credit_ledger_insert(&row, ledger_id) != 0) return -1;
    if (after) *after = f;
    return 0;
}

int credit_account_open(const struct actor *who, int64_t company_id, const char *currency, int64_t limit,
                        const struct credit_terms *terms, const char *terms_note, int64_t at)
{
    struct credit_account a = { .company_id = company_id, .limit = limit, .terms_days = terms->days,
                                .due_reminder_days = 7 };
    snprintf(a.currency, sizeof a.currency, "%s", currency);
    snprintf(a.terms_kind, sizeof a.terms_kind, "%s", credit_terms_kind_name(terms->kind));
    snprintf(a.terms_note, sizeof a.terms_note, "%s", terms_note ? terms_note : "");
    if (limit < 0 || store_credit_account_create(&a, at ? at : clock_now()) != 0) return -1;
    struct credit_entry e = { .kind = CREDIT_LIMIT, .amount = limit, .note = "Credit account opened", .at = at };
    return credit_ledger_add(who, company_id, &e, NULL, NULL);
}

static void terms_of(const struct credit_account *a, struct credit_terms *t)
{
    t->kind = TERMS_NET;
    credit_terms_kind_parse(a->terms_kind, &t->kind);
    t->days = a->terms_days;
}

int credit_summary_of(int64_t company_id, int64_t today, struct credit_summary *out)
{
    static struct credit_invoice open[OPEN_INVOICES_MAX];
    memset(out, 0, sizeof *out);
    int has = store_credit_account(company_id, &out->account);
    if (has <= 0) return has;
    terms_of(&out->account, &out->terms);
    if (store_credit_last(company_id, &out->figures) < 0) return -1;
    out->available = credit_available(&out->figures);
    int n = store_credit_open_invoices(company_id, open, OPEN_INVOICES_MAX);
    if (n < 0) return -1;
    out->open_invoices = n;
    for (int i = 0; i < n; i++) {
        int64_t left = open[i].amount - open[i].paid;
        enum credit_bucket b = credit_aging_bucket(credit_day_parse(open[i].due_on), today);
        out->aging[b] += left;
        if (b != AGING_CURRENT) out->overdue += left;
    }
    return 1;
}

int credit_check_order(int64_t company_id, int64_t total, struct credit_check *out)
{
    struct credit_account a;
    memset(out, 0, sizeof *out);
    int has = store_credit_account(company_id, &a);
    if (has < 0) return -1;
    if (has && store_credit_last(company_id, &out->figures) < 0) return -1;
    out->available = credit_available(&out->figures);
    snprintf(out->currency, sizeof out->currency, "%s", has ? a.currency : "USD");
    snprintf(out->hold_reason, sizeof out->hold_reason, "%s", has ? a.hold_reason : "");
    char seller[16] = "";
    settings_get("credit_over_limit", "refuse", seller, sizeof seller);
    enum credit_over_limit mode = OVER_LIMIT_REFUSE;
    if (credit_over_limit_parse(has && a.over_limit[0] ? a.over_limit : seller, &mode) != 0) mode = OVER_LIMIT_REFUSE;
    out->verdict = credit_decide(has, has && a.on_hold, &out->figures, total, mode);
    return 0;
}

void credit_refusal_text(const struct credit_check *c, int64_t total, char *out, size_t size)
{
    char need[48], avail[48];
    format_money(total, c->currency, need, sizeof need);
    format_money(c->available > 0 ? c->available : 0, c->currency, avail, sizeof avail);
    switch (c->verdict) {
    case CREDIT_NO_ACCOUNT:
        snprintf(out, size, "No credit account — orders are paid in advance. Choose another payment method.");
        break;
    case CREDIT_ON_HOLD:
        snprintf(out, size, "Your company's account is on credit hold%s%s, so orders cannot be placed on account. "
                 "Contact your account manager, or choose another payment method.",
                 c->hold_reason[0] ? ": " : "", c->hold_reason);
        break;
    case CREDIT_REFUSED:
        snprintf(out, size, "This order needs %s of credit, but your company has %s available. "
                 "Request more credit on the Credit page (/account/credit/request), lower the order, "
                 "or choose another payment method.", need, avail);
        break;
    default:
        out[0] = '\0';
    }
}

const char *credit_route(int64_t company_id, int64_t order_id, const char *from, const char *to)
{
    if (strcmp(to, "approved") != 0 || strcmp(from, "credit_review") == 0) return to;
    struct credit_order o;
    int r = store_credit_order(company_id, order_id, &o);
    if (r < 0) return NULL;
    return r == 1 && o.credit_review ? "credit_review" : to;
}

static int release_left(const struct actor *who, int64_t company_id, const struct credit_order *o, int64_t most,
                        const char *note, int64_t at)
{
    int64_t left = 0;
    if (store_credit_order_reserved(company_id, o->id, &left) != 0) return -1;
    if (most >= 0 && left > most) left = most;
    if (left <= 0) return 0;
    struct credit_entry e = { .kind = CREDIT_RELEASE, .amount = -left, .order_id = o->id, .reference = o->number,
                              .note = note, .at = at };
    return credit_ledger_add(who, company_id, &e, NULL, NULL);
}

static int reserve(const struct actor *who, int64_t company_id, const struct credit_order *o, const char *note,
                   int64_t at)
{
    if (o->total <= 0) return 0;
    struct credit_entry e = { .kind = CREDIT_RESERVATION, .amount = o->total, .order_id = o->id,
                              .reference = o->number, .note = note, .at = at };
    return credit_ledger_add(who, company_id, &e, NULL, NULL);
}

int credit_portal_invoices(void)
{
    char by[16] = "";
    settings_get("credit_invoices_by", "portal", by, sizeof by);
    return strcmp(by, "erp") != 0;
}

static int invoice_mail(int64_t company_id, const struct credit_account *a, const char *number, const char *order,
                        int64_t amount, const char *due)
{
    tpl_dict *v = tpl_dict_new();
    char money[48], path[96];
    format_money(amount, a->currency, money, sizeof money);
    snprintf(path, sizeof path, "/account/credit/invoices/%s", number);
    tpl_set(v, "INVOICE_NUMBER", number);
    tpl_set(v, "ORDER_NUMBER", order);
    tpl_set(v, "AMOUNT", money);
    tpl_set(v, "DUE_ON", due);
    tpl_set(v, "INVOICE_PATH", path);
    int rc = credit_mail_viewers(company_id, "invoice_issued", v);
    tpl_dict_free(v);
    return rc;
}

static int invoice_shipments(const struct actor *who, int64_t company_id, const struct credit_account *a,
                             const struct credit_order *o, int fully_shipped, int64_t until)
{
    if (!credit_portal_invoices()) /* the ERP invoices: its import brings them; the order's reservation ends when it has gone */
        return fully_shipped ? release_left(who, company_id, o, -1, "Shipped; invoiced by the ERP", 0) : 0;
    int64_t ids[SHIPMENTS_MAX], at[SHIPMENTS_MAX];
    int n = store_credit_uninvoiced_shipments(company_id, o->id, until, ids, at, SHIPMENTS_MAX);
    if (n < 0) return -1;
    struct credit_terms terms;
    terms_of(a, &terms);
    for (int i = 0; i < n; i++) {
        int64_t value = 0, before = 0, amount = 0, seq = 0;
        int count = 0;
        int last = fully_shipped && i == n - 1;
        if (store_credit_shipment_value(ids[i], &value) != 0
            || store_credit_order_invoiced(company_id, o->id, &before, &count) != 0
            || credit_invoice_amount(value, o->tax_rate_bp, o->shipping, count == 0, last, o->total, before, &amount) != 0
            || store_sequence_next(SEQUENCE_INVOICE_NUMBER, &seq) != 0)
            return -1;
        char number[40], issued[16], due[16];
        int64_t issued_day = credit_day_of(at[i]);
        struct civil_date d = civil_date_from_days(issued_day);
        snprintf(number, sizeof number, "INV-%04lld-%06lld", (long long)d.year, (long long)seq);
        credit_day_text(issued_day, issued, sizeof issued);
        credit_day_text(credit_due_day(issued_day, &terms), due, sizeof due);
        struct credit_invoice_new inv = { .company_id = company_id, .order_id = o->id, .shipment_id = ids[i],
                                          .number = number, .source = "portal", .issued_on = issued, .due_on = due,
                                          .amount = amount };
        int64_t invoice_id = 0;
        if (store_credit_invoice_insert(&inv, at[i], &invoice_id) != 0) return -1;
        char note[96];
        snprintf(note, sizeof note, "Shipment of order %s", o->number);
        struct credit_entry e = { .kind = CREDIT_INVOICE, .amount = amount, .order_id = o->id,
                                  .invoice_id = invoice_id, .reference = number, .note = note, .at = at[i] };
        if (credit_ledger_add(who, company_id, &e, NULL, NULL) != 0) return -1;
        if (release_left(who, company_id, o, last ? -1 : amount, "Replaced by its invoice", at[i]) != 0) return -1;
        if (is_today(at[i]) && invoice_mail(company_id, a, number, o->number, amount, due) != 0)
            return -1;   /* an invoice of an earlier day (the demo's history) is no news */
    }
    return 0;
}

int credit_order_moved(const struct actor *who, int64_t company_id, int64_t order_id, const char *from, const char *to,
                       int64_t at)
{
    struct credit_order o;
    int r = store_credit_order(company_id, order_id, &o);
    if (r <= 0) return r;
    if (strcmp(o.payment_method, "on_account") != 0) return 0;
    struct credit_account a;
    int has = store_credit_account(company_id, &a);
    if (has <= 0) return has;

    int ending = strcmp(to, "rejected") == 0 || strcmp(to, "cancelled") == 0;
    if (strcmp(from, "draft") == 0 && !ending && strcmp(to, "credit_review") != 0 && !o.credit_review
        && reserve(who, company_id, &o, "Order submitted", at) != 0)
        return -1;
    if (strcmp(from, "credit_review") == 0 && strcmp(to, "approved") == 0
        && reserve(who, company_id, &o, "Released from credit review by the seller", at) != 0)
        return -1;
    if (ending) {
        const char *why = strcmp(to, "rejected") == 0 ? "Order rejected" : "Order cancelled";
        return release_left(who, company_id, &o, -1, why, at);
    }
    if (strcmp(to, "partially_shipped") == 0 || strcmp(to, "shipped") == 0)
        return invoice_shipments(who, company_id, &a, &o, strcmp(to, "shipped") == 0, at ? at : clock_now());
    return 0;
}

/* ---- payments, credit notes, limits ---------------------------------------------- */

/* Allocates `amount` (> 0) to one invoice or the open ones oldest due first. */
static int allocate(int64_t company_id, int64_t ledger_id, int64_t amount, int64_t invoice_id, int64_t now)
{
    static struct credit_invoice open[OPEN_INVOICES_MAX];
    int n;
    if (invoice_id > 0) {
        n = store_credit_invoice_get(company_id, invoice_id, &open[0]);
        if (n < 0) return -1;
    } else {
        n = store_credit_open_invoices(company_id, open, OPEN_INVOICES_MAX);
        if (n < 0) return -1;
    }
    for (int i = 0; i < n && amount > 0; i++) {
        int64_t left = open[i].amount - open[i].paid;
        int64_t part = left < amount ? left : amount;
        if (part <= 0) continue;
        if (store_credit_invoice_pay(company_id, open[i].id, part, now) != 1
            || store_credit_allocation_insert(ledger_id, open[i].id, company_id, part) != 0)
            return -1;
        amount -= part;
    }
    return 0;
}

static int settle(const struct actor *who, int64_t company_id, enum credit_kind kind, int64_t amount,
                  int64_t invoice_id, const char *reference, const char *note, int64_t at)
{
    if (amount <= 0) return -1;
    int64_t ledger_id = 0;
    struct credit_entry e = { .kind = kind, .amount = -amount, .invoice_id = invoice_id, .reference = reference,
                              .note = note, .at = at };
    if (credit_ledger_add(who, company_id, &e, &ledger_id, NULL) != 0) return -1;
    return allocate(company_id, ledger_id, amount, invoice_id, at ? at : clock_now());
}

int credit_payment_record(const struct actor *who, int64_t company_id, int64_t amount, int64_t invoice_id,
                          const char *reference, int64_t at)
{
    char money[48];
    struct credit_account a;
    if (store_credit_account(company_id, &a) != 1) return -1;
    format_money(amount, a.currency, money, sizeof money);
    struct audit_change changes[] = { { "Amount", "", money }, { "Reference", "", reference ? reference : "" } };
    if (settle(who, company_id, CREDIT_PAYMENT, amount, invoice_id, reference, "Payment received", at) != 0) return -1;
    if (!is_today(at)) return 0;
    return audit_record(who, company_id, "credit.payment_recorded", reference ? reference : "", changes, 2);
}

int credit_note_issue(const struct actor *who, int64_t company_id, int64_t amount, int64_t invoice_id,
                      const char *reason, int64_t at)
{
    char money[48];
    struct credit_account a;
    if (store_credit_account(company_id, &a) != 1) return -1;
    format_money(amount, a.currency, money, sizeof money);
    struct audit_change changes[] = { { "Amount", "", money }, { "Reason", "", reason ? reason : "" } };
    if (settle(who, company_id, CREDIT_CREDIT_NOTE, amount, invoice_id, "", reason, at) != 0) return -1;
    if (!is_today(at)) return 0;
    return audit_record(who, company_id, "credit.credit_note", "", changes, 2);
}

int credit_limit_set(const struct actor *who, int64_t company_id, int64_t limit, const char *note, int64_t at)
{
    struct credit_account a;
    if (store_credit_account(company_id, &a) != 1 || limit < 0) return -1;
    if (limit == a.limit) return 0;
    char before[48], after[48];
    format_money(a.limit, a.currency, before, sizeof before);
    format_money(limit, a.currency, after, sizeof after);
    struct credit_entry e = { .kind = CREDIT_LIMIT, .amount = limit - a.limit, .note = note, .at = at };
    a.limit = limit;
    if (credit_ledger_add(who, company_id, &e, NULL, NULL) != 0 || store_credit_account_update(&a, at ? at : clock_now()) != 1)
        return -1;
    struct audit_change changes[] = { { "Credit limit", before, after }, { "Note", "", note ? note : "" } };
    if (!is_today(at)) return 0;
    return audit_record(who, company_id, "credit.limit_changed", "", changes, 2);
}

int credit_hold_set(const struct actor *who, int64_t company_id, int on_hold, const char *reason, int64_t at)
{
    struct credit_account a;
    if (store_credit_account(company_id, &a) != 1) return -1;
    if (a.on_hold == (on_hold != 0) && (!on_hold || strcmp(a.hold_reason, reason ? reason : "") == 0)) return 0;
    a.on_hold = on_hold != 0;
    snprintf(a.hold_reason, sizeof a.hold_reason, "%s", on_hold && reason ? reason : "");
    if (store_credit_account_update(&a, at ? at : clock_now()) != 1) return -1;
    struct audit_change changes[] = { { "Credit hold", on_hold ? "No" : "Yes", on_hold ? "Yes" : "No" },
                                      { "Reason", "", reason ? reason : "" } };
    if (!is_today(at)) return 1;
    if (audit_record(who, company_id, on_hold ? "credit.hold_placed" : "credit.hold_lifted", "", changes, 2) != 0)
        return -1;
    tpl_dict *v = tpl_dict_new();
    if (on_hold) tpl_set(tpl_add_section(v, "PLACED"), "REASON", reason ? reason : "");
    else tpl_show(v, "LIFTED");
    int rc = credit_mail_viewers(company_id, "credit_hold", v);
    tpl_dict_free(v);
    return rc == 0 ? 1 : -1;
}

/* ---- requests ------------------------------------------------------------------- */

#define PEOPLE_MAX 50

static int mail_people(const struct credit_person *people, int n, int64_t company_id, const char *type,
                       tpl_dict *values)
{
    for (int i = 0; i < n; i++) {
        struct mail_recipient to = { .address = people[i].email, .name = people[i].name,
                                     .user_id = people[i].user_id, .company_id = company_id };
        char err[200] = "";
        if (mail_enqueue(type, &to, values, err, sizeof err) == MAIL_ERROR) {
            fprintf(stderr, "credit: %s mail to %s not queued: %s\n", type, people[i].email, err);
            return -1;
        }
    }
    return 0;
}

int credit_mail_viewers(int64_t company_id, const char *type, tpl_dict *values)
{
    static struct credit_person people[PEOPLE_MAX];
    int n = store_credit_viewers(company_id, PERM_VIEW_CREDIT, people, PEOPLE_MAX);
    return n < 0 ? -1 : mail_people(people, n, company_id, type, values);
}

int credit_request_create(const struct actor *who, int64_t company_id, int64_t amount, const char *reason,
                          const char *until, int64_t *id, char *err, size_t err_size)
{
    static struct credit_person staff[PEOPLE_MAX];
    err[0] = '\0';
    struct credit_account a;
    int has = store_credit_account(company_id, &a);
    if (has < 0) return -1;
    if (!has) {
        snprintf(err, err_size, "Your company has no credit account: ask your account manager to open one.");
        return 1;
    }
    int64_t open_id = 0;
    int open = store_credit_request_open(company_id, &open_id);
    if (open < 0) return -1;
    if (open) {
        snprintf(err, err_size, "Your company already has a credit request waiting for a decision.");
        return 1;
    }
    char limit[48];
    format_money(a.limit, a.currency, limit, sizeof limit);
    if (amount <= a.limit) {
        snprintf(err, err_size, "Ask for more than the current limit of %s.", limit);
        return 1;
    }
    int64_t now = clock_now();
    if (until && until[0] && credit_day_parse(until) <= credit_day_of(now)) {
        snprintf(err, err_size, "Choose a last day after today, or leave it empty for a permanent increase.");
        return 1;
    }
    if (store_credit_request_insert(company_id, who->user_id, amount, reason, until ? until : "", now, id) != 0)
        return -1;
    char asked[48];
    format_money(amount, a.currency, asked, sizeof asked);
    struct audit_change changes[] = { { "Limit asked for", limit, asked }, { "Reason", "", reason },
                                      { "Until", "", until && until[0] ? until : "Permanent" } };
    if (audit_record(who, company_id, "credit.requested", "", changes, 3) != 0) return -1;
    int n = store_credit_staff_contacts(company_id, staff, PEOPLE_MAX);
    if (n < 0) return -1;
    tpl_dict *v = tpl_dict_new();
    tpl_set(v, "REQUESTER_NAME", who->label);
    tpl_set(v, "REASON", reason);
    tpl_set(v, "CURRENT_LIMIT", limit);
    tpl_set(v, "AMOUNT", asked);
    if (until && until[0]) tpl_set(tpl_add_section(v, "TEMPORARY"), "UNTIL", until);
    char path[64];
    snprintf(path, sizeof path, "/backoffice/credit/requests/%lld", (long long)*id);
    tpl_set(v, "REVIEW_PATH", path);
    char company[200] = "";
    struct staff_scope all = staff_scope_all();
    store_bo_credit_company(&all, company_id, company, sizeof company);
    tpl_set(v, "COMPANY_NAME", company);
    int rc = mail_people(staff, n, 0, "credit_request", v);
    tpl_dict_free(v);
    return rc;
}

int credit_request_decide(const struct actor *who, const struct staff_scope *scope, int64_t id, int approve,
                          int64_t amount, const char *until, const char *reason, char *err, size_t err_size)
{
    static struct credit_request r;
    err[0] = '\0';
    int found = store_bo_credit_request(scope, id, &r);
    if (found < 0) return -1;
    if (!found || strcmp(r.status, "open") != 0) return 2;
    struct credit_account a;
    if (store_credit_account(r.company_id, &a) != 1) return -1;
    int64_t now = clock_now();
    if (approve) {
        if (amount <= 0) {
            snprintf(err, err_size, "Enter the new credit limit.");
            return 1;
        }
        if (until && until[0]) {
            if (credit_day_parse(until) <= credit_day_of(now)) {
                snprintf(err, err_size, "Choose a last day after today, or leave it empty for a permanent limit.");
                return 1;
            }
            if (r.until[0] && strcmp(until, r.until) > 0) {
                snprintf(err, err_size, "The increase may end earlier than asked, not later (%s).", r.until);
                return 1;
            }
        }
    } else if (!reason || !reason[0]) {
        snprintf(err, err_size, "Say why the request is declined: the customer reads it.");
        return 1;
    }
    int moved = store_bo_credit_request_decide(scope, id, approve ? "approved" : "declined", who->user_id,
                                               approve ? amount : 0, approve && until ? until : "", reason ? reason : "",
                                               now);
    if (moved != 1) return moved == 0 ? 2 : -1;
    if (approve) {
        char note[160];
        snprintf(note, sizeof note, "Credit request approved%s%s", until && until[0] ? " until " : "",
                 until && until[0] ? until : "");
        int64_t base = a.temporary_until[0] ? a.base_limit : a.limit;
        if (credit_limit_set(who, r.company_id, amount, note, now) != 0) return -1;
        if (store_credit_account(r.company_id, &a) != 1) return -1;
        snprintf(a.temporary_until, sizeof a.temporary_until, "%s", until ? until : "");
        a.base_limit = until && until[0] ? base : 0;
        if (store_credit_account_update(&a, now) != 1) return -1;
    }
    char asked[48], given[48];
    format_money(r.amount, a.currency, asked, sizeof asked);
    format_money(amount, a.currency, given, sizeof given);
    struct audit_change changes[] = { { "Decision", "", approve ? "Approved" : "Declined" },
                                      { "Limit asked for", "", asked },
                                      { "Limit given", "", approve ? given : "" },
                                      { "Reason", "", reason ? reason : "" } };
    if (audit_record(who, r.company_id, approve ? "credit.request_approved" : "credit.request_declined", "", changes, 4)
        != 0)
        return -1;
    tpl_dict *v = tpl_dict_new();
    tpl_set(v, "COMPANY_NAME", r.company_name);
    tpl_set(v, "AMOUNT", asked);
    if (approve) {
        tpl_dict *s = tpl_add_section(v, "APPROVED");
        tpl_set(s, "LIMIT", given);
        if (until && until[0]) tpl_set(tpl_add_section(s, "TEMPORARY"), "UNTIL", until);
    } else {
        tpl_show(v, "DECLINED");
    }
    if (reason && reason[0]) tpl_set(tpl_add_section(v, "REASON"), "TEXT", reason);
    /* The requester, and everyone who sees the company's credit (its administrators among them). */
    static struct credit_person people[PEOPLE_MAX + 1];
    int n = store_credit_viewers(r.company_id, PERM_VIEW_CREDIT, people, PEOPLE_MAX);
    int rc = n < 0 ? -1 : 0;
    int listed = 0;
    for (int i = 0; i < n; i++) listed |= people[i].user_id == r.requested_by;
    if (rc == 0 && !listed && r.requester_email[0]) {
        people[n] = (struct credit_person){ .user_id = r.requested_by };
        snprintf(people[n].name, sizeof people[n].name, "%s", r.requester_name);
        snprintf(people[n].email, sizeof people[n].email, "%s", r.requester_email);
        n++;
    }
    if (rc == 0) rc = mail_people(people, n, r.company_id, "credit_request_decided", v);
    tpl_dict_free(v);
    return rc;
}

int credit_temporary_expire(const struct actor *who, int64_t now)
{
    int64_t ids[200];
    char today[16];
    credit_day_text(credit_day_of(now), today, sizeof today);
    int n = store_credit_temporary_ended(today, ids, 200);
    if (n < 0) return -1;
    for (int i = 0; i < n; i++) {
        struct credit_account a;
        if (store_credit_account(ids[i], &a) != 1) return -1;
        char note[96];
        snprintf(note, sizeof note, "Temporary increase ended (last day %s)", a.temporary_until);
        int64_t base = a.base_limit;
        if (credit_limit_set(who, ids[i], base, note, now) != 0) return -1;
        if (store_credit_account(ids[i], &a) != 1) return -1;
        a.temporary_until[0] = '\0';
        a.base_limit = 0;
        if (store_credit_account_update(&a, now) != 1) return -1;
    }
    return n;
}

int credit_adjust(const struct actor *who, int64_t company_id, int64_t amount, const char *reason, int64_t at)
{
    struct credit_account a;
    if (amount == 0 || store_credit_account(company_id, &a) != 1) return -1;
    struct credit_entry e = { .kind = CREDIT_ADJUSTMENT, .amount = amount, .note = reason, .at = at };
    if (credit_ledger_add(who, company_id, &e, NULL, NULL) != 0) return -1;
    char money[48];
    format_money(amount, a.currency, money, sizeof money);
    struct audit_change changes[] = { { "Amount", "", money }, { "Reason", "", reason ? reason : "" } };
    if (!is_today(at)) return 0;
    return audit_record(who, company_id, "credit.adjusted", "", changes, 2);
}

int credit_invoice_reminders(int64_t now)
{
    static struct credit_remind_invoice rows[500];
    char today[16], until[16];
    int64_t day = credit_day_of(now);
    credit_day_text(day, today, sizeof today);
    credit_day_text(day + 60, until, sizeof until);
    int n = store_credit_invoices_to_remind(today, until, rows, 500);
    if (n < 0) return -1;
    int sent = 0;
    for (int i = 0; i < n; i++) {
        const struct credit_remind_invoice *r = &rows[i];
        int64_t due = credit_day_parse(r->due_on);
        int overdue = due < day;
        if (!overdue && due - day > r->reminder_days) continue;   /* not yet */
        tpl_dict *v = tpl_dict_new();
        char money[48], path[96];
        format_money(r->amount - r->paid, r->currency, money, sizeof money);
        snprintf(path, sizeof path, "/account/credit/invoices/%s", r->number);
        tpl_set(v, "INVOICE_NUMBER", r->number);
        tpl_set(v, "AMOUNT", money);
        tpl_set(v, "DUE_ON", r->due_on);
        tpl_set(v, "INVOICE_PATH", path);
        tpl_set_int(v, "DAYS", overdue ? day - due : due - day);
        int rc = credit_mail_viewers(r->company_id, overdue ? "invoice_overdue" : "invoice_due", v);
        tpl_dict_free(v);
        if (rc != 0 || store_credit_invoice_mark(r->id, overdue) != 0) return -1;
        sent++;
    }
    return sent;
}
