/* Account credit's pure rules (credit_rules.h). */
#include "credit/credit_rules.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/civil_date.h"
#include "base/money.h"

static const char *const kind_names[CREDIT_KIND_COUNT] = {
    [CREDIT_RESERVATION] = "reservation", [CREDIT_RELEASE] = "release",   [CREDIT_INVOICE] = "invoice",
    [CREDIT_PAYMENT] = "payment",         [CREDIT_CREDIT_NOTE] = "credit_note", [CREDIT_ADJUSTMENT] = "adjustment",
    [CREDIT_ERP_SYNC] = "erp_sync",       [CREDIT_LIMIT] = "limit",
};
static const char *const kind_labels[CREDIT_KIND_COUNT] = {
    [CREDIT_RESERVATION] = "Reservation",  [CREDIT_RELEASE] = "Reservation released", [CREDIT_INVOICE] = "Invoice",
    [CREDIT_PAYMENT] = "Payment received", [CREDIT_CREDIT_NOTE] = "Credit note", [CREDIT_ADJUSTMENT] = "Adjustment",
    [CREDIT_ERP_SYNC] = "ERP sync",        [CREDIT_LIMIT] = "Credit limit changed",
};

const char *credit_kind_name(enum credit_kind k)
{
    return (unsigned)k < CREDIT_KIND_COUNT ? kind_names[k] : "";
}

const char *credit_kind_label(enum credit_kind k)
{
    return (unsigned)k < CREDIT_KIND_COUNT ? kind_labels[k] : "";
}

int credit_kind_parse(const char *name, enum credit_kind *out)
{
    for (int i = 0; name && i < CREDIT_KIND_COUNT; i++)
        if (strcmp(kind_names[i], name) == 0) {
            *out = (enum credit_kind)i;
            return 0;
        }
    return -1;
}

static int add_signed(int64_t *acc, int64_t v)
{
    int64_t r;
    if (__builtin_add_overflow(*acc, v, &r)) return -1;
    *acc = r;
    return 0;
}

int credit_apply(struct credit_figures *f, enum credit_kind kind, int64_t amount)
{
    struct credit_figures n = *f;
    switch (kind) {
    case CREDIT_RESERVATION:
        if (amount <= 0 || add_signed(&n.reserved, amount) != 0) return -1;
        break;
    case CREDIT_RELEASE:
        if (amount >= 0 || add_signed(&n.reserved, amount) != 0 || n.reserved < 0) return -1;
        break;
    case CREDIT_INVOICE:
        if (amount < 0 || add_signed(&n.balance, amount) != 0) return -1;
        break;
    case CREDIT_PAYMENT:
    case CREDIT_CREDIT_NOTE:
        if (amount >= 0 || add_signed(&n.balance, amount) != 0) return -1;
        break;
    case CREDIT_ADJUSTMENT:
    case CREDIT_ERP_SYNC:
        if (add_signed(&n.balance, amount) != 0) return -1;
        break;
    case CREDIT_LIMIT:
        if (add_signed(&n.limit, amount) != 0 || n.limit < 0) return -1;
        break;
    default:
        return -1;
    }
    *f = n;
    return 0;
}

int64_t credit_available(const struct credit_figures *f)
{
    int64_t a = f->limit;
    if (add_signed(&a, f->balance > INT64_MIN ? -f->balance : INT64_MAX) != 0) return INT64_MIN;
    if (add_signed(&a, -f->reserved) != 0) return INT64_MIN;
    return a;
}

/* ---- terms ----------------------------------------------------------------- */

/* The number after position p (spaces, "+" skipped), -1 none or > 365. */
static int number_at(const char *p, const char **end)
{
    while (*p == ' ' || *p == '+') p++;
    if (!isdigit((unsigned char)*p)) return -1;
    long v = 0;
    while (isdigit((unsigned char)*p) && v <= 1000) v = v * 10 + (*p++ - '0');
    if (end) *end = p;
    return v > 365 ? -1 : (int)v;
}

static int rest_blank(const char *p, const char *suffix)
{
    while (*p == ' ') p++;
    if (suffix && strncmp(p, suffix, strlen(suffix)) == 0) p += strlen(suffix);
    while (*p == ' ' || *p == '.') p++;
    return *p == '\0';
}

int credit_terms_parse(const char *text, struct credit_terms *out)
{
    char t[128];
    size_t n = 0;
    for (const char *p = text ? text : ""; *p && n + 1 < sizeof t; p++) t[n++] = (char)tolower((unsigned char)*p);
    t[n] = '\0';
    char *s = t;
    while (*s == ' ') s++;
    const char *end;
    int days;
    out->kind = TERMS_NET;
    out->days = 30;
    /* End of month. */
    if (strncmp(s, "eom", 3) == 0 || strncmp(s, "end of month", 12) == 0) {
        const char *p = s + (s[0] == 'e' && s[1] == 'o' && s[2] == 'm' ? 3 : 12);
        while (*p == ' ') p++;
        out->kind = TERMS_EOM;
        if (*p == '\0') {
            out->days = 0;
            return 1;
        }
        if ((days = number_at(p, &end)) >= 0 && rest_blank(end, "days")) {
            out->days = days;
            return 1;
        }
        out->kind = TERMS_NET;
        out->days = 30;
        return 0;
    }
    /* Net N, net30, N30. */
    if (strncmp(s, "net", 3) == 0 || (s[0] == 'n' && isdigit((unsigned char)s[1]))) {
        const char *p = s + (s[1] == 'e' ? 3 : 1);
        if ((days = number_at(p, &end)) >= 0 && rest_blank(end, "days")) {
            out->days = days;
            return 1;
        }
        return 0;
    }
    /* N days. */
    if ((days = number_at(s, &end)) >= 0 && rest_blank(end, "days") && strstr(s, "day")) {
        out->days = days;
        return 1;
    }
    /* A discount before the net term: "2% 10 Net 30", "2/10 net 30". */
    const char *net = strstr(s, " net ");
    if (net && (strchr(s, '%') || strchr(s, '/')) && (days = number_at(net + 5, &end)) >= 0 && rest_blank(end, "days")) {
        out->days = days;
        return 2;
    }
    if (strcmp(s, "prepaid") == 0 || strcmp(s, "cash in advance") == 0) {
        out->days = 0;
        return 0;
    }
    out->days = 30;
    return 0;
}

void credit_terms_label(const struct credit_terms *t, char *out, size_t size)
{
    if (t->kind == TERMS_EOM) {
        if (t->days == 0) snprintf(out, size, "End of month");
        else snprintf(out, size, "End of month + %d day%s", t->days, t->days == 1 ? "" : "s");
    } else {
        snprintf(out, size, "Net %d day%s", t->days, t->days == 1 ? "" : "s");
    }
}

const char *credit_terms_kind_name(enum credit_terms_kind k)
{
    return k == TERMS_EOM ? "eom" : "net";
}

int credit_terms_kind_parse(const char *name, enum credit_terms_kind *out)
{
    if (!name) return -1;
    if (strcmp(name, "net") == 0) *out = TERMS_NET;
    else if (strcmp(name, "eom") == 0) *out = TERMS_EOM;
    else return -1;
    return 0;
}

int64_t credit_day_of(int64_t t)
{
    return t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
}

int64_t credit_day_parse(const char *text)
{
    struct civil_date d;
    if (!text || civil_date_parse(text, &d) != CIVIL_DATE_OK) return 0;
    return civil_days_from_date(d.year, d.month, d.day);
}

void credit_day_text(int64_t day, char *out, size_t size)
{
    struct civil_date d = civil_date_from_days(day);
    snprintf(out, size, "%04lld-%02d-%02d", (long long)d.year, d.month, d.day);
}

int64_t credit_due_day(int64_t issued, const struct credit_terms *t)
{
    if (t->kind == TERMS_EOM) {
        struct civil_date d = civil_date_from_days(issued);
        int64_t last = civil_days_from_date(d.year, d.month, civil_days_in_month(d.year, d.month));
        return last + t->days;
    }
    return issued + t->days;
}

/* ---- aging and status --------------------------------------------------------- */

enum credit_bucket credit_aging_bucket(int64_t due, int64_t today)
{
    int64_t late = today - due;
    if (late <= 0) return AGING_CURRENT;
    if (late <= 30) return AGING_1_30;
    if (late <= 60) return AGING_31_60;
    if (late <= 90) return AGING_61_90;
    return AGING_OVER_90;
}

const char *credit_bucket_label(enum credit_bucket b)
{
    static const char *const labels[AGING_BUCKETS] = { "Current", "1–30 days", "31–60 days", "61–90 days",
                                                       "Over 90 days" };
    return (unsigned)b < AGING_BUCKETS ? labels[b] : "";
}

enum credit_invoice_status credit_invoice_status(int64_t amount, int64_t paid, int64_t due, int64_t today)
{
    if (paid >= amount) return INVOICE_PAID;
    if (today > due) return INVOICE_OVERDUE;
    return paid > 0 ? INVOICE_PARTLY_PAID : INVOICE_OPEN;
}

const char *credit_invoice_status_name(enum credit_invoice_status s)
{
    switch (s) {
    case INVOICE_PARTLY_PAID: return "partly_paid";
    case INVOICE_PAID: return "paid";
    case INVOICE_OVERDUE: return "overdue";
    default: return "open";
    }
}

const char *credit_invoice_status_label(enum credit_invoice_status s)
{
    switch (s) {
    case INVOICE_PARTLY_PAID: return "Partly paid";
    case INVOICE_PAID: return "Paid";
    case INVOICE_OVERDUE: return "Overdue";
    default: return "Open";
    }
}

/* ---- checkout ------------------------------------------------------------------ */

enum credit_verdict credit_decide(int has_account, int on_hold, const struct credit_figures *f, int64_t total,
                                  enum credit_over_limit mode)
{
    if (!has_account) return CREDIT_NO_ACCOUNT;
    if (on_hold) return CREDIT_ON_HOLD;
    if (total <= credit_available(f)) return CREDIT_OK;
    return mode == OVER_LIMIT_REVIEW ? CREDIT_REVIEW : CREDIT_REFUSED;
}

int credit_over_limit_parse(const char *name, enum credit_over_limit *out)
{
    if (!name) return -1;
    if (strcmp(name, "refuse") == 0) *out = OVER_LIMIT_REFUSE;
    else if (strcmp(name, "review") == 0) *out = OVER_LIMIT_REVIEW;
    else return -1;
    return 0;
}

const char *credit_over_limit_name(enum credit_over_limit m)
{
    return m == OVER_LIMIT_REVIEW ? "review" : "refuse";
}

int credit_invoice_amount(int64_t shipped_value, int64_t tax_rate_bp, int64_t shipping, int first, int last,
                          int64_t order_total, int64_t invoiced_before, int64_t *out)
{
    if (last) {
        if (invoiced_before > order_total) {
            *out = 0;
            return 0;
        }
        *out = order_total - invoiced_before;
        return 0;
    }
    int64_t tax = 0, amount = 0;
    if (money_percent(shipped_value, tax_rate_bp, &tax) != 0) return -1;
    if (money_add(&amount, shipped_value) != 0 || money_add(&amount, tax) != 0) return -1;
    if (first && money_add(&amount, shipping) != 0) return -1;
    /* Never more than what the order has left. */
    if (invoiced_before <= order_total && amount > order_total - invoiced_before) amount = order_total - invoiced_before;
    *out = amount;
    return 0;
}
