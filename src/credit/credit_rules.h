#ifndef BUYERDESK_CREDIT_CREDIT_RULES_H
#define BUYERDESK_CREDIT_CREDIT_RULES_H

/* Account credit's pure rules (issue #20): how each ledger row moves the
 * figures, the derived figures, payment terms and due dates, aging and
 * invoice status, and what checkout does with an order on account. No
 * database, no HTTP: unit-tested in tests/unit/credit/. */

#include <stddef.h>
#include <stdint.h>

enum credit_kind {
    CREDIT_RESERVATION,   /* an on-account order submitted: + reserved */
    CREDIT_RELEASE,       /* rejected, cancelled, or replaced by its invoice: - reserved */
    CREDIT_INVOICE,       /* + balance */
    CREDIT_PAYMENT,       /* - balance (amount negative) */
    CREDIT_CREDIT_NOTE,   /* - balance (amount negative) */
    CREDIT_ADJUSTMENT,    /* +/- balance, with a reason */
    CREDIT_ERP_SYNC,      /* +/- balance: the ERP's balance brought in */
    CREDIT_LIMIT,         /* +/- the limit */
    CREDIT_KIND_COUNT
};

const char *credit_kind_name(enum credit_kind k);      /* "credit_note" */
const char *credit_kind_label(enum credit_kind k);     /* "Credit note" */
int credit_kind_parse(const char *name, enum credit_kind *out);   /* 0 or -1 */

/* The figures after a ledger row. */
struct credit_figures {
    int64_t balance;      /* invoiced and not paid (may go negative: a credit) */
    int64_t reserved;     /* submitted on-account orders not invoiced yet */
    int64_t limit;
};

/* Applies one row. 0, or -1 (f untouched) on overflow or an amount whose
 * sign the kind does not allow (a reservation must be > 0, a release,
 * payment or credit note < 0; a release never takes reserved below 0). */
int credit_apply(struct credit_figures *f, enum credit_kind kind, int64_t amount);

/* limit - balance - reserved (may be negative). */
int64_t credit_available(const struct credit_figures *f);

/* Payment terms. */
enum credit_terms_kind { TERMS_NET, TERMS_EOM };
struct credit_terms {
    enum credit_terms_kind kind;
    int days;             /* 0..365 */
};

/* Reads payment terms text: "Net 30", "net30", "N30", "30 days", "EOM",
 * "EOM 30", "End of month + 15", "2% 10 Net 30" (the discount part cannot
 * be expressed: kept as a note). Returns 1 fully mapped, 2 mapped with
 * the text worth keeping as a note, 0 not mapped (out: net 30). */
int credit_terms_parse(const char *text, struct credit_terms *out);

/* "Net 30 days", "End of month + 15 days". */
void credit_terms_label(const struct credit_terms *t, char *out, size_t size);

/* "net" / "eom" and back (0 or -1). */
const char *credit_terms_kind_name(enum credit_terms_kind k);
int credit_terms_kind_parse(const char *name, enum credit_terms_kind *out);

/* Days since 1970-01-01 of a Unix time (floor), of "YYYY-MM-DD" (0 when
 * not a date), and back to "YYYY-MM-DD". */
int64_t credit_day_of(int64_t unix_time);
int64_t credit_day_parse(const char *text);
void credit_day_text(int64_t day, char *out, size_t size);

/* Due day (days since 1970-01-01) of an invoice issued on `issued`. */
int64_t credit_due_day(int64_t issued, const struct credit_terms *t);

/* Aging buckets of an open amount by days past due on `today`. */
enum credit_bucket { AGING_CURRENT, AGING_1_30, AGING_31_60, AGING_61_90, AGING_OVER_90, AGING_BUCKETS };
enum credit_bucket credit_aging_bucket(int64_t due, int64_t today);
const char *credit_bucket_label(enum credit_bucket b);

enum credit_invoice_status { INVOICE_OPEN, INVOICE_PARTLY_PAID, INVOICE_PAID, INVOICE_OVERDUE };
enum credit_invoice_status credit_invoice_status(int64_t amount, int64_t paid, int64_t due, int64_t today);
const char *credit_invoice_status_name(enum credit_invoice_status s);    /* "partly_paid" */
const char *credit_invoice_status_label(enum credit_invoice_status s);   /* "Partly paid" */

/* What becomes of an order on account. */
enum credit_over_limit { OVER_LIMIT_REFUSE, OVER_LIMIT_REVIEW };
enum credit_verdict {
    CREDIT_OK,            /* reserve it */
    CREDIT_NO_ACCOUNT,    /* no credit account: pay in advance */
    CREDIT_ON_HOLD,       /* the account is on hold */
    CREDIT_REFUSED,       /* over the available credit, refused */
    CREDIT_REVIEW,        /* over the available credit, accepted for review without a reservation */
};
enum credit_verdict credit_decide(int has_account, int on_hold, const struct credit_figures *f, int64_t total,
                                  enum credit_over_limit mode);

/* "refuse" / "review" and back (0 or -1). */
int credit_over_limit_parse(const char *name, enum credit_over_limit *out);
const char *credit_over_limit_name(enum credit_over_limit m);

/* An invoice's amount for a shipment: the shipped lines' value, its tax at
 * the order's rate, and the order's shipping on its first invoice; the
 * invoice that completes the order takes what is left of the total, so the
 * invoices of an order always add up to its total. 0 or -1 (overflow). */
int credit_invoice_amount(int64_t shipped_value, int64_t tax_rate_bp, int64_t shipping, int first, int last,
                          int64_t order_total, int64_t invoiced_before, int64_t *out);

#endif
