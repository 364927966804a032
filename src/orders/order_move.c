/* The one way an order's status changes (order_move.h). */
#include "orders/order_move.h"

#include <stdio.h>
#include <string.h>

#include "base/clock.h"
#include "credit/credit.h"
#include "mail/mail.h"
#include "orders/order_lifecycle.h"
#include "orders/order_status.h"

#define CHANGES_MAX 8

struct order_ref order_ref_of(const struct order_header *o)
{
    return (struct order_ref){
        .id = o->id, .company_id = o->company_id, .number = o->number, .status = o->status,
        .buyer_user_id = o->placed_by_user_id, .buyer_email = o->placed_by_email, .buyer_name = o->placed_by,
        .company_name = o->company_name,
    };
}

static int allowed(const char *from, const char *to, int jump)
{
    enum order_state f, t;
    if (order_state_parse(from, &f) != 0 || order_state_parse(to, &t) != 0) return 0;
    if (jump) return f != t && order_can_reach(f, t);
    return order_can_move(f, t);
}

static int mail_buyer(const struct order_ref *o, const struct order_move *m)
{
    if (!m->mail_type || !o->buyer_user_id || !o->buyer_email || !o->buyer_email[0]) return 0;
    struct mail_recipient to = { .address = o->buyer_email, .name = o->buyer_name ? o->buyer_name : "",
                                 .user_id = o->buyer_user_id, .company_id = o->company_id };
    char path[64], err[200] = "";
    snprintf(path, sizeof path, "/account/orders/%s", o->number);
    tpl_set(m->mail_values, "ORDER_NUMBER", o->number);
    tpl_set(m->mail_values, "ORDER_PATH", path);
    tpl_set(m->mail_values, "COMPANY_NAME", o->company_name ? o->company_name : "");
    /* MAIL_SUPPRESSED is fine: the buyer switched this kind of mail off. */
    enum mail_result r = mail_enqueue(m->mail_type, &to, m->mail_values, err, sizeof err);
    if (r == MAIL_ERROR) fprintf(stderr, "orders: %s mail for %s not queued: %s\n", m->mail_type, o->number, err);
    return r == MAIL_ERROR ? -1 : 0;
}

static int audit(const struct actor *who, const struct order_ref *o, const struct order_move *m, const char *to,
                 int placed, int withdrawn)
{
    if (!m->action) return 0;
    struct audit_change changes[CHANGES_MAX];
    int n = 0;
    changes[n++] = (struct audit_change){ "Status", placed ? "" : order_status_label(o->status),
                                          order_status_label(to) };
    for (int i = 0; i < m->change_count && n < CHANGES_MAX - 1; i++) changes[n++] = m->changes[i];
    char count[16];
    snprintf(count, sizeof count, "%d", withdrawn);
    if (withdrawn > 0) changes[n++] = (struct audit_change){ "Approval steps withdrawn", "", count };
    return audit_record(who, o->company_id, m->action, o->number, changes, (size_t)n);
}

enum order_move_result order_move(const struct actor *who, const struct order_ref *o, const struct order_move *m)
{
    if (m->withdrawn) *m->withdrawn = 0;
    /* An order accepted over its company's available credit goes to
     * credit review where it would be approved (credit.h). */
    const char *to = credit_route(o->company_id, o->id, o->status, m->to);
    if (!to) return ORDER_MOVE_ERROR;
    if (!allowed(o->status, to, m->jump)) return ORDER_MOVE_REFUSED;
    int64_t now = clock_now(), at = m->at ? m->at : now;
    int moved = store_order_move(o->company_id, o->id, o->status, to, m->cancel_reason, now);
    if (moved != 1) return moved == 0 ? ORDER_MOVE_STALE : ORDER_MOVE_ERROR;

    int withdrawn = 0;
    if (strcmp(to, "rejected") == 0 || strcmp(to, "cancelled") == 0) {
        withdrawn = store_order_cancel_open_steps(o->id, now);
        if (withdrawn < 0) return ORDER_MOVE_ERROR;
    }
    if (m->withdrawn) *m->withdrawn = withdrawn;

    /* Once for every channel: the credit ledger (reservation when an
     * on-account order is submitted, release on rejection or cancellation,
     * invoices for shipments). Later: stock, events for the ERP. */
    if (credit_order_moved(who, o->company_id, o->id, o->status, to, at) != 0) return ORDER_MOVE_ERROR;

    /* A draft is never shown: the order being placed starts its timeline
     * where it lands. */
    int placed = strcmp(o->status, "draft") == 0;
    /* A person is shown by their name as it is now; a job or a key (even
     * one acting for a member) by its label. */
    int person = actor_is_person(who);
    const char *note = m->note ? m->note : "";
    if (strcmp(to, m->to) != 0) note = "Over the available credit: waits for the seller's credit review.";
    if (store_order_event_add(o->id, o->company_id, placed ? "" : o->status, to, person ? who->user_id : 0,
                              person ? "" : who->label, note, at) != 0)
        return ORDER_MOVE_ERROR;
    if (audit(who, o, m, to, placed, withdrawn) != 0) return ORDER_MOVE_ERROR;
    if (mail_buyer(o, m) != 0) return ORDER_MOVE_ERROR;
    return ORDER_MOVED;
}
