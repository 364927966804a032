#ifndef BUYERDESK_CREDIT_CREDIT_H
#define BUYERDESK_CREDIT_CREDIT_H

/* Account credit (issue #20), for any actor and inside the caller's
 * transaction: the ledger (append-only; each row carries the figures
 * after it, worked out by credit_apply from the company's last row), the
 * check at checkout, what an order's moves do to the ledger (order_move
 * calls credit_order_moved), invoices per shipment, payments, credit
 * notes, adjustments and limit changes. */

#include <stddef.h>
#include <stdint.h>

#include "base/actor.h"
#include "credit/credit_rules.h"
#include "credit/credit_store.h"
#include "web/render.h"

/* One ledger row: reads the company's last figures, applies the row,
 * writes it with the figures after it. 0, or -1 (the amount's sign does
 * not suit the kind, overflow, database). ledger_id / after may be NULL. */
struct credit_entry {
    enum credit_kind kind;
    int64_t amount;
    int64_t order_id, invoice_id;   /* 0 none */
    const char *reference;          /* order or invoice number, payment reference */
    const char *note;
    int64_t at;                     /* 0: now */
};
int credit_ledger_add(const struct actor *who, int64_t company_id, const struct credit_entry *e, int64_t *ledger_id,
                      struct credit_figures *after);

/* Opens a company's credit account with its limit (the first ledger row).
 * 0, or -1 (already open, database). */
int credit_account_open(const struct actor *who, int64_t company_id, const char *currency, int64_t limit,
                        const struct credit_terms *terms, const char *terms_note, int64_t at);

/* The account and its figures now. 1 with an account, 0 none, -1. */
struct credit_summary {
    struct credit_account account;
    struct credit_terms terms;
    struct credit_figures figures;
    int64_t available;
    int64_t overdue;
    int64_t aging[AGING_BUCKETS];
    int open_invoices;
};
int credit_summary_of(int64_t company_id, int64_t today, struct credit_summary *out);

/* The check of an order on account at checkout (inside the order's
 * transaction, so parallel submits see each other's reservations). */
struct credit_check {
    enum credit_verdict verdict;
    struct credit_figures figures;
    int64_t available;
    char currency[8];
    char hold_reason[600];
};
int credit_check_order(int64_t company_id, int64_t total, struct credit_check *out);
/* The refusal text for a verdict that stops the order. */
void credit_refusal_text(const struct credit_check *c, int64_t total, char *out, size_t size);

/* Where an order moving to `to` really goes: "credit_review" instead of
 * "approved" for an order accepted over the limit and not released yet;
 * otherwise `to`. NULL on a database error. */
const char *credit_route(int64_t company_id, int64_t order_id, const char *from, const char *to);

/* What an order's move does to the ledger (order_move calls it once the
 * status is written): reservation when an on-account order is submitted;
 * release on rejection or cancellation (what is not invoiced); the
 * reservation made, over the limit, when staff release an order from
 * credit review; invoices for its new shipments (the portal issues
 * invoices) and their part of the reservation released. 0 or -1. */
int credit_order_moved(const struct actor *who, int64_t company_id, int64_t order_id, const char *from, const char *to,
                       int64_t at);

/* A payment received, allocated to the open invoices oldest due first (or
 * to the one invoice given). 0, 1 nothing to allocate to is fine, -1. */
int credit_payment_record(const struct actor *who, int64_t company_id, int64_t amount, int64_t invoice_id,
                          const char *reference, int64_t at);
/* A credit note against an invoice (or none). 0 or -1. */
int credit_note_issue(const struct actor *who, int64_t company_id, int64_t amount, int64_t invoice_id,
                      const char *reason, int64_t at);
/* An adjustment of the balance (signed, not 0) with a reason. 0 or -1. */
int credit_adjust(const struct actor *who, int64_t company_id, int64_t amount, const char *reason, int64_t at);
/* A new limit (ledger row "limit", audit). 0 or -1. */
int credit_limit_set(const struct actor *who, int64_t company_id, int64_t limit, const char *note, int64_t at);

/* Puts the account on credit hold (with the reason) or lifts it; audit.
 * 1 changed, 0 it was so already, -1. */
int credit_hold_set(const struct actor *who, int64_t company_id, int on_hold, const char *reason, int64_t at);

/* Credit requests. A member asks for a higher limit (amount above the
 * current limit, a reason, an optional last day of a temporary increase
 * after today); one open request per company. The company's account
 * manager (else the staff administrators) is mailed. 0 (*id set), 1
 * refused (why in err: shown on the form), -1. */
int credit_request_create(const struct actor *who, int64_t company_id, int64_t amount, const char *reason,
                          const char *until, int64_t *id, char *err, size_t err_size);

/* Staff decide an open request in their scope: approve (the limit becomes
 * `amount`, possibly other than asked; `until` "" or the last day of a
 * temporary increase) or decline (reason required). The requester and
 * the members who see credit are mailed; the limit change is a ledger row
 * and an audit entry. 0 done, 1 refused (err), 2 not found or no longer
 * open, -1. */
int credit_request_decide(const struct actor *who, const struct staff_scope *scope, int64_t id, int approve,
                          int64_t amount, const char *until, const char *reason, char *err, size_t err_size);

/* Ends temporary increases whose last day is before today (the
 * credit-temporary job): the limit goes back. Returns how many, or -1. */
int credit_temporary_expire(const struct actor *who, int64_t now);

/* The daily invoice mails (the credit-reminders job): "due in N days"
 * (the company's reminder days) and "overdue", each once per invoice.
 * Returns how many were mailed, or -1. */
int credit_invoice_reminders(int64_t now);

/* Mails every member of the company who may see credit (an optional
 * type they can switch off). 0 or -1. */
int credit_mail_viewers(int64_t company_id, const char *type, tpl_dict *values);

/* The seller's say: who issues invoices ("portal" or "erp"). */
int credit_portal_invoices(void);

#endif
