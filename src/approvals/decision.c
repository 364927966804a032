/* Deciding an approval step (decision.h). Checkout wrote the steps and
 * their approvers (approvals_submit.c); from here on each decision is one
 * transaction (BEGIN IMMEDIATE): the vote, the step's outcome
 * (approval_step_result), how the order moves on (approval_order_progress:
 * the next level requested and its approvers mailed, or the order approved
 * or rejected through order_move), its timeline event, the audit entries
 * and the buyer's mail. Two approvers deciding at the same moment are
 * serialised by the write lock; the second finds the step decided and gets
 * 409, with no mail. */
#include "approvals/decision.h"

#include <stdio.h>
#include <string.h>

#include "approvals/approvals_page_common.h"
#include "approvals/approvals_store.h"
#include "audit/audit.h"
#include "base/clock.h"
#include "base/db.h"
#include "base/format.h"
#include "mail/mail.h"
#include "orders/order_detail_store.h"
#include "orders/order_move.h"
#include "orders/order_status.h"

int approval_find_approver(const struct approval_approver *list, int n, int64_t user_id)
{
    for (int i = 0; i < n; i++)
        if (list[i].user_id == user_id) return i;
    return -1;
}

/* The approver whose decision already covers list[me]'s part of the step:
 * the principal they stand in for, or a stand-in of theirs. -1: none. */
int approval_covered_by(const struct approval_approver *list, int n, int me)
{
    for (int i = 0; i < n; i++) {
        if (i == me || !list[i].decision[0]) continue;
        if ((list[me].on_behalf_of && list[i].user_id == list[me].on_behalf_of) || list[i].on_behalf_of == list[me].user_id)
            return i;
    }
    return -1;
}

static enum decide_result rolled_back(enum decide_result r)
{
    db_rollback();
    return r;
}

/* Who decided a step that is no longer open, for the 409 message. */
static void conflict_message(const struct approval_step *step, const struct approval_approver *list, int n, int me,
                             char *out, size_t size)
{
    char date[32];
    if (me >= 0 && list[me].decision[0]) {
        format_date(list[me].decided_at, date, sizeof date);
        snprintf(out, size, "You already %s this order on %s.", list[me].decision, date);
        return;
    }
    int cover = me >= 0 && strcmp(step->status, "waiting") == 0 ? approval_covered_by(list, n, me) : -1;
    if (cover >= 0) {
        format_date(list[cover].decided_at, date, sizeof date);
        snprintf(out, size, "Already decided for you by %s: %s on %s.", list[cover].name, list[cover].decision, date);
        return;
    }
    int by = -1;
    for (int i = 0; i < n; i++) {
        if (!list[i].decision[0]) continue;
        if (strcmp(step->status, "rejected") == 0 && strcmp(list[i].decision, "rejected") != 0) continue;
        if (by < 0 || list[i].decided_at >= list[by].decided_at) by = i;
    }
    if (by >= 0 && (strcmp(step->status, "approved") == 0 || strcmp(step->status, "rejected") == 0)) {
        format_date(list[by].decided_at, date, sizeof date);
        snprintf(out, size, "Already decided by %s: %s on %s.", list[by].name, list[by].decision, date);
    } else if (strcmp(step->order_status, "pending_approval") != 0) {
        snprintf(out, size, "This order no longer waits for approval: it is %s.",
                 order_status_label(step->order_status));
    } else if (strcmp(step->status, "queued") == 0) {
        snprintf(out, size, "This step is not requested yet: earlier approvals come first.");
    } else {
        snprintf(out, size, "This step was already %s.", step->status);
    }
}

/* The approver labels of the order's waiting steps, "a and b". */
static void waiting_labels(int64_t company_id, int64_t order_id, char *out, size_t size)
{
    static struct approval_step steps[APPROVAL_ORDER_STEPS_MAX];
    int n = store_approval_order_steps(company_id, order_id, steps, APPROVAL_ORDER_STEPS_MAX);
    size_t len = 0;
    out[0] = '\0';
    for (int i = 0; i < n && len + 1 < size; i++) {
        if (strcmp(steps[i].status, "waiting") != 0) continue;
        int w = snprintf(out + len, size - len, "%s%s", len ? "; and " : "", steps[i].approver_label);
        if (w < 0) break;
        len += (size_t)w;
    }
    if (len >= size) len = size - 1;
}

static void request_values(tpl_dict *v, const struct request *req, const struct order_header *order,
                           const struct approval_step *step)
{
    char path[64], level[16];
    snprintf(path, sizeof path, "/account/approvals/%lld", (long long)step->id);
    snprintf(level, sizeof level, "%d", step->level);
    tpl_set(v, "COMPANY_NAME", req->session.company_name);
    tpl_set(v, "ORDER_NUMBER", order->number);
    tpl_set(v, "BUYER_NAME", order->placed_by);
    approvals_set_money(v, "AMOUNT", order->total, order->currency);
    approvals_set_money(v, "TOTAL", order->total, order->currency);
    tpl_set(v, "RULE_NAME", step->rule_name);
    tpl_set(v, "REASON", step->reason);
    tpl_set(v, "APPROVER_LABEL", step->approver_label);
    tpl_set(v, "LEVEL", level);
    tpl_set(v, "STEP_PATH", path);
    tpl_set(v, "DECISION_PATH", path);
    tpl_set(v, "PO_NUMBER", order->po_number);
    if (step->note[0]) tpl_set(tpl_add_section(v, "NOTE"), "TEXT", step->note);
    if (strcmp(step->mode, "all") == 0) tpl_show(v, "ALL_MUST_APPROVE");
}

/* The next level's steps were just requested: mail each of their
 * approvers (approval_request, as checkout does for level 1). */
static int request_level(const struct request *req, const struct order_header *order, int level)
{
    static struct approval_step steps[APPROVAL_ORDER_STEPS_MAX];
    static struct approval_approver list[ORDER_APPROVERS_MAX];
    int ns = store_approval_order_steps(req->session.company_id, order->id, steps, APPROVAL_ORDER_STEPS_MAX);
    int na = ns >= 0 ? store_approval_order_approvers(order->id, list, ORDER_APPROVERS_MAX) : -1;
    if (na < 0) return -1;
    for (int i = 0; i < na; i++) {
        const struct approval_approver *a = &list[i];
        if (a->decision[0] || a->user_id == order->placed_by_user_id) continue;
        const struct approval_step *step = NULL;
        for (int j = 0; j < ns && !step; j++)
            if (steps[j].id == a->step_id) step = &steps[j];
        if (!step || step->level != level || strcmp(step->status, "waiting") != 0) continue;
        tpl_dict *v = tpl_dict_new();
        request_values(v, req, order, step);
        if (a->on_behalf_of) tpl_set(tpl_add_section(v, "DELEGATE"), "ON_BEHALF_OF", a->on_behalf_name);
        struct mail_recipient to = { .address = a->email, .name = a->name, .user_id = a->user_id,
                                     .company_id = req->session.company_id };
        char err[200];
        enum mail_result r = mail_enqueue("approval_request", &to, v, err, sizeof err);
        tpl_dict_free(v);
        if (r == MAIL_ERROR) {
            fprintf(stderr, "approvals: approval request to %s not queued: %s\n", a->email, err);
            return -1;
        }
    }
    return 0;
}

static int move_order(const struct request *req, const struct order_header *order, const char *to, const char *note)
{
    struct order_ref ref = order_ref_of(order);
    struct order_move m = { .to = to, .note = note,
                            .action = strcmp(to, "approved") == 0 ? "order.approved" : "order.rejected" };
    return order_move(&req->actor, &ref, &m) == ORDER_MOVED;
}

/* The step was just decided: what becomes of the order. 1 ok, 0 failed. */
static int move_order_on(const struct request *req, const struct order_header *order, struct decision *dec,
                         int64_t now)
{
    static struct approval_step steps[APPROVAL_ORDER_STEPS_MAX];
    struct approval_step_state states[APPROVAL_ORDER_STEPS_MAX];
    int n = store_approval_order_steps(req->session.company_id, order->id, steps, APPROVAL_ORDER_STEPS_MAX);
    if (n < 0) return 0;
    for (int i = 0; i < n; i++) {
        states[i].level = steps[i].level;
        if (approval_step_status_parse(steps[i].status, &states[i].status) != 0) states[i].status = STEP_S_CANCELLED;
    }
    struct approval_progress p = approval_order_progress(states, n);
    dec->progress = p.kind;
    switch (p.kind) {
    case PROGRESS_REJECTED: {
        char note[512];
        snprintf(note, sizeof note, "Rejected by %s: %s", req->session.user_name, dec->comment);
        return move_order(req, order, "rejected", note);
    }
    case PROGRESS_OPEN_LEVEL:
        if (store_approval_open_level(order->id, p.level, now) < 0) return 0;
        return request_level(req, order, p.level) == 0;
    case PROGRESS_APPROVED:
        if (order->waiting_for_address) {   /* whoever approves the address moves it on */
            dec->waiting_address = 1;
            return 1;
        }
        /* An order accepted over its company's available credit goes on
         * to credit review instead (order_move asks credit_route). */
        return move_order(req, order, "approved", "All approvals given");
    case PROGRESS_WAIT:
        return 1;
    }
    return 0;
}

static int audit_decision(const struct request *req, const struct approval_step *step,
                          const struct approval_approver *me, const struct decision *dec)
{
    char what[300];
    snprintf(what, sizeof what, "Level %d: %s", step->level, step->rule_name);
    struct audit_change changes[4] = {
        { "Decision", "", dec->approve ? "Approved" : "Rejected" },
        { "Step", "", what },
    };
    size_t n = 2;
    if (dec->comment[0]) changes[n++] = (struct audit_change){ "Comment", "", dec->comment };
    if (me->on_behalf_of) changes[n++] = (struct audit_change){ "On behalf of", "", me->on_behalf_name };
    return audit_record(&req->actor, req->session.company_id, "approval.decided", step->order_number, changes, n);
}

/* The buyer hears of the outcome (approval_decision: approved or rejected)
 * and, as an optional mail they can switch off, of each approval given
 * while the order still waits (approval_progress: for whom it waits). An
 * approval is never mailed as "approved" while others still have to decide. */
static int mail_buyer(const struct request *req, const struct approval_step *step, const struct order_header *order,
                      const struct decision *dec)
{
    if (!order->placed_by_user_id || !order->placed_by_email[0]) return 0;
    int outcome = dec->progress == PROGRESS_REJECTED || (dec->progress == PROGRESS_APPROVED && !dec->waiting_address);
    if (!outcome && !dec->waiting_address && !dec->waiting_for[0]) return 0;   /* nothing the buyer can act on */
    tpl_dict *v = tpl_dict_new();
    char path[64];
    snprintf(path, sizeof path, "/account/orders/%s", order->number);
    tpl_set(v, "COMPANY_NAME", req->session.company_name);
    tpl_set(v, "ORDER_NUMBER", order->number);
    approvals_set_money(v, "AMOUNT", order->total, order->currency);
    tpl_set(v, "DECIDER_NAME", req->session.user_name);
    tpl_set(v, "DECISION", dec->approve ? "approved" : "rejected");
    tpl_set(v, "RULE_NAME", step->rule_name);
    tpl_set(v, "ORDER_PATH", path);
    if (dec->comment[0]) {
        tpl_dict *c = tpl_add_section(v, "COMMENT");
        tpl_set(c, "TEXT", dec->comment);
        tpl_set(c, "QUOTE_COLOR", dec->approve ? "#1f5fa8" : "#b02a37");
    }
    if (dec->progress == PROGRESS_REJECTED) tpl_show(v, "ORDER_REJECTED");
    else if (outcome) tpl_show(v, "ORDER_APPROVED");
    else if (dec->waiting_address) tpl_show(v, "WAITING_ADDRESS");
    else tpl_set(tpl_add_section(v, "STILL_WAITING"), "WAITING_FOR", dec->waiting_for);
    struct mail_recipient to = { .address = order->placed_by_email, .name = order->placed_by,
                                 .user_id = order->placed_by_user_id, .company_id = req->session.company_id };
    char err[200];
    enum mail_result r = mail_enqueue(outcome ? "approval_decision" : "approval_progress", &to, v, err, sizeof err);
    tpl_dict_free(v);
    if (r == MAIL_ERROR) fprintf(stderr, "approvals: decision mail to %s not queued: %s\n", to.address, err);
    return r == MAIL_ERROR ? -1 : 0;
}

/* One decision on one step, in one transaction with everything it causes. */
enum decide_result decide_step(const struct request *req, int64_t step_id, struct decision *dec)
{
    static struct approval_approver list[APPROVAL_APPROVERS_MAX];
    static struct order_header order;
    const struct session_info *s = &req->session;
    struct approval_step step;
    int64_t now = clock_now();
    dec->message[0] = dec->number[0] = dec->waiting_for[0] = '\0';
    if (db_begin() != 0) return DECIDE_ERROR;
    int found = store_approval_step_get(s->company_id, step_id, &step);
    int n = found == 1 ? store_approval_step_approvers(step.id, list, APPROVAL_APPROVERS_MAX) : 0;
    if (found < 0 || n < 0) return rolled_back(DECIDE_ERROR);
    int me = approval_find_approver(list, n, s->user_id);
    if (found == 0 || me < 0) return rolled_back(DECIDE_NOT_FOUND);
    snprintf(dec->number, sizeof dec->number, "%s", step.order_number);
    /* Separation of duties: whatever the approvers table says. */
    if (step.placed_by_user_id == s->user_id) return rolled_back(DECIDE_OWN_ORDER);
    if (strcmp(step.status, "waiting") != 0 || strcmp(step.order_status, "pending_approval") != 0 || list[me].decision[0]
        || approval_covered_by(list, n, me) >= 0) {
        conflict_message(&step, list, n, me, dec->message, sizeof dec->message);
        return rolled_back(DECIDE_CONFLICT);
    }
    const char *vote = dec->approve ? "approved" : "rejected";
    int rc = store_approval_vote(s->company_id, step.id, s->user_id, vote, dec->comment, now);
    if (rc != 1) {
        snprintf(dec->message, sizeof dec->message, "This step was decided meanwhile. Reload to see the outcome.");
        return rolled_back(rc == 0 ? DECIDE_CONFLICT : DECIDE_ERROR);
    }
    snprintf(list[me].decision, sizeof list[me].decision, "%s", vote);
    struct approval_voter voters[APPROVAL_APPROVERS_MAX];
    for (int i = 0; i < n; i++)
        voters[i] = (struct approval_voter){ list[i].user_id, list[i].on_behalf_of,
                                             strcmp(list[i].decision, "approved") == 0   ? VOTE_APPROVED
                                             : strcmp(list[i].decision, "rejected") == 0 ? VOTE_REJECTED
                                                                                         : VOTE_NONE };
    enum approval_step_result result = approval_step_result(step.mode, voters, n);
    if (store_order_get(s->company_id, step.order_number, &order) != 1) return rolled_back(DECIDE_ERROR);
    int ok = 1;
    dec->progress = PROGRESS_WAIT;
    if (result != STEP_WAITING) {
        ok = store_approval_step_close(step.id, step.version, result == STEP_APPROVED ? "approved" : "rejected", now) == 1
          && move_order_on(req, &order, dec, now);
    }
    if (ok && dec->progress != PROGRESS_REJECTED && dec->progress != PROGRESS_APPROVED)
        waiting_labels(s->company_id, order.id, dec->waiting_for, sizeof dec->waiting_for);
    ok = ok && audit_decision(req, &step, &list[me], dec) == 0 && mail_buyer(req, &step, &order, dec) == 0;
    if (!ok || db_commit() != 0) {
        fprintf(stderr, "approvals: decision on step %lld rolled back: %s\n", (long long)step_id,
                db_error());
        return rolled_back(DECIDE_ERROR);
    }
    return DECIDED;
}
