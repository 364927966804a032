/* Approval inbox (/account/approvals), the decision page a mail links to,
 * deciding (one step, or several at once), out of office, the approval
 * trail on order pages, and the back office's read-only view of a
 * company's approval set-up (issue 9).
 *
 * Checkout wrote the steps and their approvers (approvals_submit.c); from
 * here on each decision is one transaction (BEGIN IMMEDIATE): the vote,
 * the step's outcome (approval_step_result), how the order moves on
 * (approval_order_progress: next level requested, order approved or
 * rejected), its timeline event, the audit entries and the mails. Two
 * approvers deciding at the same moment are serialised by the write lock;
 * the second finds the step decided and gets 409, with no mail. */
#include "approvals/pages.h"
#include "orders/approval_trail.h"
#include "orders/order_move.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "approvals/approval_reminders.h"
#include "approvals/approval_rules.h"
#include "audit/audit.h"
#include "base/db.h"
#include "web/form.h"
#include "base/format.h"
#include "mail/mail.h"
#include "orders/order_lifecycle.h"
#include "orders/order_status.h"
#include "web/response.h"
#include "base/validate.h"
#include "approvals/approval_rules_store.h"
#include "approvals/approvals_store.h"
#include "orders/order_detail_store.h"

#define INBOX_MAX 200
#define HISTORY_MAX 100
#define BULK_MAX INBOX_MAX   /* every row the inbox shows may be ticked */
#define MEMBERS_MAX 500
#define WAITING_ORDERS_MAX 200

static const char *const decide_fields[] = { "comment", NULL };
static const char *const decide_labels[] = { "Comment", NULL };
static const char *const bulk_fields[] = { "comment", "step", NULL };
static const char *const bulk_labels[] = { "Comment", "Orders", NULL };
static const char *const ooo_fields[] = { "starts_on", "ends_on", "delegate_user_id", NULL };
static const char *const ooo_labels[] = { "First day", "Last day", "Delegate", NULL };

/* ---- small helpers ------------------------------------------------------------------ */

static int route_id(const struct request *req, int64_t *id)
{
    return req->params.count > 0 && parse_id(req->params.values[0], id);
}

static void set_money(tpl_dict *d, const char *key, int64_t cents, const char *currency)
{
    char text[64];
    format_money(cents, currency, text, sizeof text);
    tpl_set(d, key, text);
}

/* KEY ("Nov 22, 2026") and KEY_ISO ("2026-11-22"). */

static void set_waited(tpl_dict *d, int64_t now, int64_t since)
{
    int days = approval_days_waiting(now, since);
    char text[32];
    if (days == 0) snprintf(text, sizeof text, "since today");
    else snprintf(text, sizeof text, "%d day%s", days, days == 1 ? "" : "s");
    tpl_set(d, "WAITED", text);
    tpl_show(d, days >= 2 ? "LONG_WAIT" : "SHORT_WAIT");
}

static void set_order_status(tpl_dict *d, const char *status)
{
    tpl_set(d, "ORDER_STATUS", order_status_label(status));
    tpl_set(d, "ORDER_BADGE", order_status_badge(status));
}

/* CRLF -> LF, no surrounding blanks. */
static void clean_comment(const char *in, char *out, size_t size)
{
    char tmp[APPROVAL_COMMENT_BYTES];
    text_trim_copy(in, tmp, sizeof tmp);
    size_t n = 0;
    for (const char *p = tmp; *p && n + 1 < size; p++)
        if (*p != '\r') out[n++] = *p;
    out[n] = '\0';
}

static const char *comment_problem(const char *comment, int required)
{
    const char *problem = validate_multiline(comment, APPROVAL_COMMENT_MAX, 0);
    if (problem && strcmp(problem, "This is too long.") == 0) return "Keep the comment to 1,000 characters or fewer.";
    if (problem) return problem;
    if (required) {
        char tmp[APPROVAL_COMMENT_BYTES];
        text_trim_copy(comment, tmp, sizeof tmp);
        if (!tmp[0]) return "Say why you reject the order: the buyer sees your comment.";
    }
    return NULL;
}

static int find_approver(const struct approval_approver *list, int n, int64_t user_id)
{
    for (int i = 0; i < n; i++)
        if (list[i].user_id == user_id) return i;
    return -1;
}

/* The approver whose decision already covers list[me]'s part of the step:
 * the principal they stand in for, or a stand-in of theirs. -1: none. */
static int covered_by(const struct approval_approver *list, int n, int me)
{
    for (int i = 0; i < n; i++) {
        if (i == me || !list[i].decision[0]) continue;
        if ((list[me].on_behalf_of && list[i].user_id == list[me].on_behalf_of) || list[i].on_behalf_of == list[me].user_id)
            return i;
    }
    return -1;
}

/* ---- deciding --------------------------------------------------------------------------- */

enum decide_result { DECIDED = 0, DECIDE_NOT_FOUND, DECIDE_OWN_ORDER, DECIDE_CONFLICT, DECIDE_ERROR };

struct decision {
    int approve;
    const char *comment;             /* cleaned */
    char number[32];
    char message[300];               /* DECIDE_CONFLICT: why */
    enum approval_progress_kind progress;
    int waiting_address;             /* approvals complete, the address is not */
    char waiting_for[600];           /* approver labels of what still waits */
};

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
    int cover = me >= 0 && strcmp(step->status, "waiting") == 0 ? covered_by(list, n, me) : -1;
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
    set_money(v, "AMOUNT", order->total, order->currency);
    set_money(v, "TOTAL", order->total, order->currency);
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
        /* Credit check seam: when credit checks exist, an order whose
         * approvals are complete goes through the credit check here (which
         * may hold it) before it is approved for processing. */
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
    set_money(v, "AMOUNT", order->total, order->currency);
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
static enum decide_result decide_step(const struct request *req, int64_t step_id, struct decision *dec)
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
    int me = find_approver(list, n, s->user_id);
    if (found == 0 || me < 0) return rolled_back(DECIDE_NOT_FOUND);
    snprintf(dec->number, sizeof dec->number, "%s", step.order_number);
    /* Separation of duties: whatever the approvers table says. */
    if (step.placed_by_user_id == s->user_id) return rolled_back(DECIDE_OWN_ORDER);
    if (strcmp(step.status, "waiting") != 0 || strcmp(step.order_status, "pending_approval") != 0 || list[me].decision[0]
        || covered_by(list, n, me) >= 0) {
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
                sqlite3_errmsg(db_handle()));
        return rolled_back(DECIDE_ERROR);
    }
    return DECIDED;
}

/* What a decision did, in a sentence for the flash. */
static void outcome_sentence(const struct decision *dec, char *out, size_t size)
{
    if (!dec->approve)
        snprintf(out, size, "Order %s is rejected; the buyer is told why.", dec->number);
    else if (dec->progress == PROGRESS_APPROVED && !dec->waiting_address)
        snprintf(out, size, "Order %s is approved.", dec->number);
    else if (dec->progress == PROGRESS_APPROVED)
        snprintf(out, size, "You approved order %s; it now waits for its new ship-to address.", dec->number);
    else if (dec->waiting_for[0])
        snprintf(out, size, "You approved order %s; it still needs approval from %s.", dec->number, dec->waiting_for);
    else
        snprintf(out, size, "You approved order %s.", dec->number);
}

/* ---- the inbox ------------------------------------------------------------------------------- */

static int posted_step(const struct request *req, int64_t id)
{
    int64_t v;
    for (size_t i = 0; i < req->form.count; i++)
        if (strcmp(req->form.items[i].name, "step") == 0 && parse_id(req->form.items[i].value, &v) && v == id) return 1;
    return 0;
}

static void fill_delegation_note(tpl_dict *d, const struct session_info *s, int64_t now)
{
    struct approval_delegation del;
    if (store_delegation_get(s->company_id, s->user_id, &del) != 1 || del.ends_at <= now) return;
    tpl_dict *o = tpl_add_section(d, "OUT_OF_OFFICE");
    tpl_set_date(o, "FROM", del.starts_at);
    tpl_set_date(o, "TO", del.ends_at - 1);
    tpl_set(o, "DELEGATE", del.delegate_name);
    if (del.starts_at > now) tpl_show(o, "UPCOMING");
    else tpl_show(o, "NOW");
}

static void fill_waiting(tpl_dict *d, const struct request *req, const struct approval_inbox_row *rows, int n,
                         int can_decide, const struct form_errors *errors)
{
    int64_t now = clock_now();
    if (n == 0) {
        tpl_show(d, can_decide ? "NO_WAITING" : "NO_WAITING_COMPANY");
        return;
    }
    tpl_dict *w = tpl_add_section(d, "WAITING");
    tpl_set(w, "CSRF_TOKEN", req->csrf_token);
    form_fill_labelled(w, req, bulk_fields, bulk_labels, errors);
    if (can_decide) tpl_show(w, "CAN_DECIDE");
    for (int i = 0; i < n; i++) {
        const struct approval_inbox_row *r = &rows[i];
        tpl_dict *row = tpl_add_section(w, "STEP");
        tpl_set_int(row, "ID", r->step_id);
        tpl_set(row, "NUMBER", r->number);
        tpl_set(row, "BUYER", r->buyer[0] ? r->buyer : "\xe2\x80\x94");
        set_money(row, "AMOUNT", r->total, r->currency);
        tpl_set_date(row, "PLACED", r->placed_at);
        tpl_set(row, "RULE", r->rule_name);
        tpl_set(row, "REASON", r->reason);
        tpl_set(row, "APPROVER_LABEL", r->approver_label);
        tpl_set_int(row, "LEVEL", r->level);
        if (r->via[0]) approval_set_via(tpl_add_section(row, "HAS_VIA"), r->via, r->on_behalf_of);
        set_waited(row, now, r->requested_at);
        if (can_decide) {
            tpl_dict *c = tpl_add_section(row, "CHECKBOX");
            tpl_set_int(c, "ID", r->step_id);
            tpl_set(c, "NUMBER", r->number);
            if (errors && errors->count && posted_step(req, r->step_id)) tpl_show(c, "CHECKED");
        }
    }
}

static void fill_history(tpl_dict *d, const struct approval_history_row *rows, int n)
{
    if (n == 0) {
        tpl_show(d, "NO_HISTORY");
        return;
    }
    tpl_dict *h = tpl_add_section(d, "HISTORY");
    for (int i = 0; i < n; i++) {
        const struct approval_history_row *r = &rows[i];
        tpl_dict *row = tpl_add_section(h, "DECIDED");
        tpl_set_int(row, "ID", r->step_id);
        tpl_set(row, "NUMBER", r->number);
        tpl_set(row, "BUYER", r->buyer[0] ? r->buyer : "\xe2\x80\x94");
        set_money(row, "AMOUNT", r->total, r->currency);
        tpl_set(row, "RULE", r->rule_name);
        approval_set_decision(row, r->decision, r->step_status);
        tpl_set_date(row, "WHEN", r->decided_at);
        set_order_status(row, r->order_status);
        if (r->comment[0]) tpl_set(tpl_add_section(row, "COMMENT"), "TEXT", r->comment);
        if (r->on_behalf_of[0]) approval_set_via(tpl_add_section(row, "HAS_VIA"), r->via, r->on_behalf_of);
    }
}

static void render_inbox(struct request *req, int status, int history, const struct form_errors *errors)
{
    static struct approval_inbox_row waiting[INBOX_MAX];
    static struct approval_history_row decided[HISTORY_MAX];
    const struct session_info *s = &req->session;
    int staff = s->viewing_as_customer;
    int64_t user = staff ? 0 : s->user_id;
    if (staff) history = 0;
    int nw = store_approvals_waiting(s->company_id, user, waiting, INBOX_MAX);
    int nh = history ? store_approvals_decided_by(s->company_id, user, decided, HISTORY_MAX) : 0;
    if (nw < 0 || nh < 0) {
        response_error(req, 500, "The approvals cannot be shown right now. Please try again.");
        return;
    }
    tpl_dict *d = response_page(req, status, "approvals/inbox.tpl", "Approvals");
    tpl_set_int(d, "WAITING_COUNT", nw);
    if (staff) tpl_show(d, "READ_ONLY");
    else {
        tpl_show(d, "MEMBER");
        fill_delegation_note(d, s, clock_now());
    }
    tpl_show(d, history ? "TAB_DECIDED" : "TAB_WAITING");
    if (history) fill_history(d, decided, nh);
    else fill_waiting(d, req, waiting, nw, !staff, errors);
}

void page_approvals(struct request *req)
{
    render_inbox(req, 200, strcmp(req_query(req, "view"), "decided") == 0, NULL);
}

void page_approvals_bulk(struct request *req)
{
    int64_t ids[BULK_MAX];
    int n = 0;
    for (size_t i = 0; i < req->form.count && n < BULK_MAX; i++) {
        int64_t id;
        if (strcmp(req->form.items[i].name, "step") != 0 || !parse_id(req->form.items[i].value, &id)) continue;
        int seen = 0;
        for (int j = 0; j < n; j++) seen |= ids[j] == id;
        if (!seen) ids[n++] = id;
    }
    struct form_errors errors = { 0 };
    form_error(&errors, "comment", comment_problem(req_form(req, "comment"), 0));
    if (n == 0) form_error(&errors, "step", "Tick at least one order to approve.");
    if (errors.count) {
        render_inbox(req, 422, 0, &errors);
        return;
    }
    static char comment[APPROVAL_COMMENT_BYTES];
    clean_comment(req_form(req, "comment"), comment, sizeof comment);
    char done[256] = "", failed[400] = "";
    size_t done_len = 0, failed_len = 0;
    int approved = 0, refused = 0;
    for (int i = 0; i < n; i++) {
        struct decision dec = { .approve = 1, .comment = comment };
        enum decide_result r = decide_step(req, ids[i], &dec);
        if (r == DECIDED) {
            approved++;
            if (done_len + 1 < sizeof done) {
                int w = snprintf(done + done_len, sizeof done - done_len, "%s%s", approved > 1 ? ", " : "", dec.number);
                done_len = w > 0 ? done_len + (size_t)w : done_len;
            }
            continue;
        }
        refused++;
        const char *why = r == DECIDE_CONFLICT ? dec.message
                        : r == DECIDE_OWN_ORDER ? "you placed it"
                        : r == DECIDE_NOT_FOUND ? "not waiting for you"
                                                : "it could not be saved";
        if (failed_len + 1 < sizeof failed) {
            int w = snprintf(failed + failed_len, sizeof failed - failed_len, "%s%s (%s)", refused > 1 ? "; " : "",
                             dec.number[0] ? dec.number : "an order", why);
            failed_len = w > 0 ? failed_len + (size_t)w : failed_len;
        }
    }
    if (done_len >= sizeof done) done_len = sizeof done - 1;
    char text[512];
    if (approved && !refused)
        snprintf(text, sizeof text, "Approved %d order%s: %s.", approved, approved == 1 ? "" : "s", done);
    else if (approved)
        snprintf(text, sizeof text, "Approved %d order%s: %s. Not approved: %s", approved, approved == 1 ? "" : "s",
                 done, failed);
    else
        snprintf(text, sizeof text, "Nothing was approved: %s", failed);
    flash_set(req, refused ? "warning" : "success", text);
    response_redirect(req, "/account/approvals");
}

/* ---- the decision page ----------------------------------------------------------------------------- */

static void fill_order_summary(tpl_dict *d, const struct order_header *o)
{
    static struct order_line_row lines[ORDER_LINES_MAX];
    tpl_set(d, "NUMBER", o->number);
    tpl_set(d, "BUYER", o->placed_by);
    tpl_set(d, "BUYER_EMAIL", o->placed_by_email);
    tpl_set(d, "UNIT", o->unit_name[0] ? o->unit_name : "\xe2\x80\x94");
    tpl_set_date(d, "PLACED", o->placed_at);
    tpl_set(d, "PO_NUMBER", o->po_number[0] ? o->po_number : "\xe2\x80\x94");
    set_order_status(d, o->status);
    tpl_set(d, "SHIP_TO_LABEL", o->ship_to_label);
    tpl_set(d, "SHIP_TO", o->ship_to_text);
    tpl_set(d, "BILL_TO_LABEL", o->bill_to_label);
    tpl_set(d, "BILL_TO", o->bill_to_text);
    if (o->shipping_method[0]) tpl_set(tpl_add_section(d, "SHIPPING_METHOD"), "NAME", o->shipping_method);
    if (o->requested_delivery_date[0]) tpl_set(tpl_add_section(d, "DELIVERY_DATE"), "DATE", o->requested_delivery_date);
    if (o->notes[0]) tpl_set(tpl_add_section(d, "NOTES"), "TEXT", o->notes);
    if (o->waiting_for_address) tpl_show(d, "WAITING_ADDRESS");
    set_money(d, "SUBTOTAL", o->subtotal, o->currency);
    set_money(d, "SHIPPING", o->shipping, o->currency);
    set_money(d, "TAX", o->tax, o->currency);
    set_money(d, "TOTAL", o->total, o->currency);
    tpl_set(d, "TAX_LABEL", o->tax_label[0] ? o->tax_label : "Tax");
    int n = store_order_lines(o->id, lines, ORDER_LINES_MAX);
    for (int i = 0; i < n; i++) {
        tpl_dict *l = tpl_add_section(d, "LINE");
        tpl_set(l, "SKU", lines[i].sku);
        tpl_set(l, "NAME", lines[i].name);
        tpl_set_int(l, "QUANTITY", lines[i].quantity);
        tpl_set(l, "UNIT", lines[i].unit);
        set_money(l, "UNIT_PRICE", lines[i].unit_price, o->currency);
        set_money(l, "LINE_TOTAL", lines[i].line_total, o->currency);
    }
    tpl_set_int(d, "LINE_COUNT", n > 0 ? n : 0);
}

static void fill_approvers(tpl_dict *d, const struct approval_step *step, const struct approval_approver *list, int n,
                           int64_t me)
{
    for (int i = 0; i < n; i++) {
        tpl_dict *a = tpl_add_section(d, "APPROVER");
        tpl_set(a, "NAME", list[i].name);
        if (list[i].user_id == me) tpl_show(a, "YOU");
        approval_set_via(a, list[i].via, list[i].on_behalf_name);
        approval_set_decision(a, list[i].decision, step->status);
        if (list[i].decided_at) tpl_set_date(tpl_add_section(a, "DECIDED"), "WHEN", list[i].decided_at);
        if (list[i].comment[0]) tpl_set(tpl_add_section(a, "COMMENT"), "TEXT", list[i].comment);
    }
}

static void render_step(struct request *req, int status, const struct approval_step *step,
                        const struct approval_approver *list, int n, const struct order_header *order,
                        const struct form_errors *errors, const char *conflict)
{
    const struct session_info *s = &req->session;
    char title[64];
    snprintf(title, sizeof title, "Approval of %s", step->order_number);
    tpl_dict *d = response_page(req, status, "approvals/step.tpl", title);
    tpl_set_int(d, "ID", step->id);
    tpl_set_int(d, "LEVEL", step->level);
    tpl_set(d, "RULE", step->rule_name);
    tpl_set(d, "REASON", step->reason);
    tpl_set(d, "APPROVER_LABEL", step->approver_label);
    tpl_set(d, "MODE", approval_mode_text(step->mode));
    if (step->note[0]) tpl_set(tpl_add_section(d, "NOTE"), "TEXT", step->note);
    approval_set_step_status(d, step->status);
    if (step->requested_at) tpl_set_date(tpl_add_section(d, "REQUESTED"), "WHEN", step->requested_at);
    fill_order_summary(d, order);
    fill_approvers(d, step, list, n, s->viewing_as_customer ? 0 : s->user_id);
    if (conflict) tpl_set(tpl_add_section(d, "CONFLICT"), "TEXT", conflict);

    int me = s->viewing_as_customer ? -1 : find_approver(list, n, s->user_id);
    int open = strcmp(step->status, "waiting") == 0 && strcmp(step->order_status, "pending_approval") == 0;
    if (s->viewing_as_customer) tpl_show(d, "READ_ONLY");
    else if (step->placed_by_user_id == s->user_id) tpl_show(d, "OWN_ORDER");
    else if (me >= 0 && list[me].decision[0]) {
        tpl_dict *y = tpl_add_section(d, "YOU_DECIDED");
        tpl_set(y, "DECISION", list[me].decision);
        tpl_set_date(y, "WHEN", list[me].decided_at);
        if (open) tpl_show(y, "STILL_OPEN");
    } else if (open && me >= 0 && covered_by(list, n, me) >= 0) {
        int c = covered_by(list, n, me);
        tpl_dict *y = tpl_add_section(d, "COVERED");
        tpl_set(y, "NAME", list[c].name);
        tpl_set(y, "DECISION", list[c].decision);
        tpl_set_date(y, "WHEN", list[c].decided_at);
    } else if (open && me >= 0 && !conflict) {
        tpl_dict *f = tpl_add_section(d, "DECIDE");
        tpl_set(f, "CSRF_TOKEN", req->csrf_token);
        tpl_set_int(f, "ID", step->id);
        tpl_set(f, "NUMBER", step->order_number);
        form_fill_labelled(f, req, decide_fields, decide_labels, errors);
        form_fill_labelled(d, req, decide_fields, decide_labels, errors);   /* the summary above the page */
        if (list[me].on_behalf_of) tpl_set(tpl_add_section(f, "STAND_IN"), "FOR", list[me].on_behalf_name);
    }
    if (!open && !conflict) {
        if (strcmp(step->status, "queued") == 0) tpl_show(d, "QUEUED");
        else if (strcmp(step->status, "waiting") != 0) {
            tpl_dict *c = tpl_add_section(d, "CLOSED");
            const char *label, *badge;
            approval_step_look(step->status, &label, &badge);
            tpl_set(c, "OUTCOME", label);
            if (step->decided_at) tpl_set_date(tpl_add_section(c, "ON"), "WHEN", step->decided_at);
        } else {
            tpl_set(tpl_add_section(d, "ORDER_MOVED"), "STATUS", order_status_label(step->order_status));
        }
    }
}

/* The step named by :id as this visitor may see it: an approver of the
 * step (whatever they decided), or staff viewing the company. Anything
 * else, and another company's step, is 404. */
static int load_step(struct request *req, struct approval_step *step, struct approval_approver *list, int *n,
                     struct order_header *order)
{
    const struct session_info *s = &req->session;
    int64_t id;
    int found = route_id(req, &id) ? store_approval_step_get(s->company_id, id, step) : 0;
    if (found == 1) {
        *n = store_approval_step_approvers(step->id, list, APPROVAL_APPROVERS_MAX);
        if (*n < 0) found = -1;
        else if (!s->viewing_as_customer && find_approver(list, *n, s->user_id) < 0) found = 0;
    }
    if (found == 1) found = store_order_get(s->company_id, step->order_number, order);
    return response_found(req, found, "approval");
}

void page_approval_step(struct request *req)
{
    static struct approval_approver list[APPROVAL_APPROVERS_MAX];
    static struct order_header order;
    struct approval_step step;
    int n = 0;
    if (!load_step(req, &step, list, &n, &order)) return;
    render_step(req, 200, &step, list, n, &order, NULL, NULL);
}

void page_approval_decide(struct request *req)
{
    static struct approval_approver list[APPROVAL_APPROVERS_MAX];
    static struct order_header order;
    static char comment[APPROVAL_COMMENT_BYTES];
    struct approval_step step;
    int n = 0;
    if (!load_step(req, &step, list, &n, &order)) return;
    if (step.placed_by_user_id == req->session.user_id) {
        response_error(req, 403, "You placed this order, so someone else must approve it.");
        return;
    }
    const char *choice = req_form(req, "decision");
    int approve = strcmp(choice, "approve") == 0;
    struct form_errors errors = { 0 };
    if (!approve && strcmp(choice, "reject") != 0) form_error(&errors, "comment", "Choose Approve or Reject.");
    else form_error(&errors, "comment", comment_problem(req_form(req, "comment"), !approve));
    if (errors.count) {
        render_step(req, 422, &step, list, n, &order, &errors, NULL);
        return;
    }
    clean_comment(req_form(req, "comment"), comment, sizeof comment);
    struct decision dec = { .approve = approve, .comment = comment };
    enum decide_result r = decide_step(req, step.id, &dec);
    if (r == DECIDED) {
        char text[512];
        outcome_sentence(&dec, text, sizeof text);
        flash_set(req, "success", text);
        response_redirect(req, "/account/approvals");
        return;
    }
    if (r == DECIDE_OWN_ORDER) {
        response_error(req, 403, "You placed this order, so someone else must approve it.");
        return;
    }
    if (r == DECIDE_NOT_FOUND) {
        response_error(req, 404, "There is no such approval.");
        return;
    }
    if (r == DECIDE_CONFLICT) {
        /* Show the page as it is now, with who decided. */
        int fresh = store_approval_step_get(req->session.company_id, step.id, &step);
        int m = fresh == 1 ? store_approval_step_approvers(step.id, list, APPROVAL_APPROVERS_MAX) : -1;
        if (m >= 0 && store_order_get(req->session.company_id, step.order_number, &order) == 1) {
            render_step(req, 409, &step, list, m, &order, NULL, dec.message);
            return;
        }
    }
    response_error(req, 500, "The decision could not be saved. Please try again.");
}

/* ---- the approval trail on order pages ------------------------------------------------------------- */

/* ---- out of office ------------------------------------------------------------------------------------ */

static void render_out_of_office(struct request *req, int status, const struct form_errors *errors)
{
    static struct unit_member members[MEMBERS_MAX];
    const struct session_info *s = &req->session;
    int64_t now = clock_now();
    struct approval_delegation del;
    int has = s->viewing_as_customer ? 0 : store_delegation_get(s->company_id, s->user_id, &del);
    int n = s->viewing_as_customer ? 0 : store_unit_member_choices(s->company_id, members, MEMBERS_MAX);
    if (has < 0 || n < 0) {
        response_error(req, 500, "Your out-of-office settings cannot be shown right now. Please try again.");
        return;
    }
    tpl_dict *d = response_page(req, status, "approvals/out_of_office.tpl", "Out of office");
    if (s->viewing_as_customer) {
        tpl_show(d, "READ_ONLY");
        return;
    }
    char today[32];
    format_iso_date(now, today, sizeof today);
    if (has == 1) {
        tpl_dict *c = tpl_add_section(d, "CURRENT");
        tpl_set(c, "DELEGATE", del.delegate_name);
        tpl_set_date(c, "FROM", del.starts_at);
        tpl_set_date(c, "TO", del.ends_at - 1);
        tpl_show(c, del.ends_at <= now ? "ENDED" : del.starts_at > now ? "UPCOMING" : "ACTIVE");
        if (del.ends_at > now) tpl_show(c, "NOT_ENDED");
        tpl_set(c, "CSRF_TOKEN", req->csrf_token);
    } else {
        tpl_show(d, "NOT_SET");
    }
    tpl_dict *f = tpl_add_section(d, "FORM");
    tpl_set(f, "CSRF_TOKEN", req->csrf_token);
    tpl_set(f, "TODAY", today);
    int64_t chosen = 0;
    if (errors && errors->count) {
        form_fill_labelled(f, req, ooo_fields, ooo_labels, errors);
        form_fill_labelled(d, req, ooo_fields, ooo_labels, errors);
        parse_id(req_form(req, "delegate_user_id"), &chosen);
    } else if (has == 1 && del.ends_at > now) {
        char from[32], to[32];
        format_iso_date(del.starts_at, from, sizeof from);
        format_iso_date(del.ends_at - 1, to, sizeof to);
        tpl_set(f, "STARTS_ON", from);
        tpl_set(f, "ENDS_ON", to);
        chosen = del.delegate_user_id;
    } else {
        tpl_set(f, "STARTS_ON", today);
    }
    for (int i = 0; i < n; i++) {
        if (members[i].user_id == s->user_id) continue;
        tpl_dict *o = tpl_add_section(f, "DELEGATE_OPTION");
        tpl_set_int(o, "ID", members[i].user_id);
        tpl_set(o, "NAME", members[i].name);
        tpl_set(o, "EMAIL", members[i].email);
        if (members[i].user_id == chosen) tpl_show(o, "SELECTED");
    }
}

void page_out_of_office(struct request *req)
{
    render_out_of_office(req, 200, NULL);
}

static void period_text(const struct approval_delegation *d, char *out, size_t size)
{
    char from[32], to[32];
    format_date(d->starts_at, from, sizeof from);
    format_date(d->ends_at - 1, to, sizeof to);
    snprintf(out, size, "%s to %s", from, to);
}

static void save_delegation(struct request *req, int clear, const struct unit_member *delegate,
                            int64_t starts_at, int64_t ends_at)
{
    const struct session_info *s = &req->session;
    struct approval_delegation before;
    char before_period[80] = "", after_period[80] = "";
    int ok = db_begin() == 0;
    int had = ok ? store_delegation_get(s->company_id, s->user_id, &before) : -1;
    ok = had >= 0;
    if (had == 1) period_text(&before, before_period, sizeof before_period);
    if (ok && clear) ok = store_delegation_clear(s->company_id, s->user_id) >= 0;
    else if (ok) {
        ok = store_delegation_set(s->company_id, s->user_id, delegate->user_id, starts_at, ends_at) == 0;
        struct approval_delegation after = { .starts_at = starts_at, .ends_at = ends_at };
        period_text(&after, after_period, sizeof after_period);
    }
    struct audit_change changes[2] = {
        { "Delegate", had == 1 ? before.delegate_name : "", clear ? "" : delegate->name },
        { "Out of office", before_period, after_period },
    };
    if (ok && (had == 1 || !clear))
        ok = audit_record(&req->actor, s->company_id, "approval.delegated", s->user_name, changes, 2) == 0;
    if (!ok || db_commit() != 0) {
        db_rollback();
        response_error(req, 500, "Your out-of-office settings could not be saved. Please try again.");
        return;
    }
    char text[300];
    if (clear) snprintf(text, sizeof text, "You are no longer out of office.");
    else snprintf(text, sizeof text, "Out of office from %s. Approval requests arriving meanwhile also go to %s.",
                  after_period, delegate->name);
    flash_set(req, "success", text);
    response_redirect(req, "/account/out-of-office");
}

void page_out_of_office_save(struct request *req)
{
    const struct session_info *s = &req->session;
    if (strcmp(req_form(req, "action"), "clear") == 0) {
        save_delegation(req, 1, NULL, 0, 0);
        return;
    }
    struct form_errors errors = { 0 };
    int64_t first = 0, last = 0, starts_at = 0, ends_at = 0, delegate_id = 0;
    const char *starts_on = req_form(req, "starts_on"), *ends_on = req_form(req, "ends_on");
    if (!starts_on[0]) form_error(&errors, "starts_on", "Enter the first day you are away.");
    else if (approval_date_parse(starts_on, &first) != 0) form_error(&errors, "starts_on", "Enter a date as YYYY-MM-DD.");
    if (!ends_on[0]) form_error(&errors, "ends_on", "Enter the last day you are away.");
    else if (approval_date_parse(ends_on, &last) != 0) form_error(&errors, "ends_on", "Enter a date as YYYY-MM-DD.");
    if (!errors.count) {
        switch (approval_period_check(first, last, clock_now(), &starts_at, &ends_at)) {
        case PERIOD_OK: break;
        case PERIOD_ENDS_BEFORE_START: form_error(&errors, "ends_on", "The last day cannot be before the first."); break;
        case PERIOD_ENDED: form_error(&errors, "ends_on", "The last day is in the past."); break;
        case PERIOD_TOO_LONG: form_error(&errors, "ends_on", "Keep the period to a year or less."); break;
        }
    }
    struct unit_member delegate = { 0 };
    const char *chosen = req_form(req, "delegate_user_id");
    if (!chosen[0]) form_error(&errors, "delegate_user_id", "Choose who decides for you while you are away.");
    else if (!parse_id(chosen, &delegate_id) || store_inbox_member_get(s->company_id, delegate_id, &delegate) != 1)
        form_error(&errors, "delegate_user_id", "Choose a colleague from the list.");
    else if (delegate_id == s->user_id)
        form_error(&errors, "delegate_user_id", "Choose someone other than yourself.");
    if (errors.count) {
        render_out_of_office(req, 422, &errors);
        return;
    }
    save_delegation(req, 0, &delegate, starts_at, ends_at);
}

/* ---- back office: a company's approval set-up ---------------------------------------------------------- */

static void fill_bo_rules(tpl_dict *d, int64_t company_id)
{
    static struct ar_rule rules[APPROVAL_RULES_MAX];
    int n = store_approval_rules_load(company_id, 0, 0, rules, APPROVAL_RULES_MAX);
    if (n <= 0) {
        tpl_show(d, "NO_RULES");
        return;
    }
    tpl_dict *list = tpl_add_section(d, "RULES");
    for (int i = 0; i < n; i++) {
        char summary[1024], approvers[512];
        approval_rule_summary(&rules[i], "USD", summary, sizeof summary);
        approval_rule_approvers_phrase(&rules[i], approvers, sizeof approvers);
        tpl_dict *row = tpl_add_section(list, "RULE");
        tpl_set(row, "NAME", rules[i].name);
        tpl_set(row, "SUMMARY", summary);
        tpl_set(row, "APPROVERS", approvers);
        tpl_set_int(row, "LEVEL", rules[i].level);
        tpl_show(row, rules[i].active ? "ACTIVE" : "INACTIVE");
    }
}

static void fill_bo_limits(tpl_dict *d, int64_t company_id)
{
    static struct spending_limit limits[APPROVAL_LIMITS_MAX];
    int n = store_spending_limits_list(company_id, limits, APPROVAL_LIMITS_MAX);
    if (n <= 0) {
        tpl_show(d, "NO_LIMITS");
        return;
    }
    tpl_dict *list = tpl_add_section(d, "LIMITS");
    for (int i = 0; i < n; i++) {
        tpl_dict *row = tpl_add_section(list, "LIMIT");
        char per[64];
        ar_period_per(limits[i].period, limits[i].days, per, sizeof per);
        tpl_set(row, "MEMBER", limits[i].name);
        set_money(row, "AMOUNT", limits[i].amount, "USD");
        tpl_set(row, "PERIOD", per);
    }
}

static void fill_bo_waiting(tpl_dict *d, int64_t company_id, int64_t now)
{
    static struct approval_waiting_order orders[WAITING_ORDERS_MAX];
    static struct approval_step steps[WAITING_ORDERS_MAX * 2];
    int no = store_approval_company_waiting_orders(company_id, orders, WAITING_ORDERS_MAX);
    int ns = store_approval_company_waiting_steps(company_id, steps, WAITING_ORDERS_MAX * 2);
    if (no <= 0 || ns < 0) {
        tpl_show(d, "NO_WAITING");
        return;
    }
    tpl_dict *list = tpl_add_section(d, "WAITING");
    for (int i = 0; i < no; i++) {
        tpl_dict *row = tpl_add_section(list, "ORDER");
        tpl_set(row, "NUMBER", orders[i].number);
        tpl_set(row, "BUYER", orders[i].buyer[0] ? orders[i].buyer : "\xe2\x80\x94");
        set_money(row, "AMOUNT", orders[i].total, orders[i].currency);
        tpl_set_date(row, "PLACED", orders[i].placed_at);
        int any = 0;
        for (int j = 0; j < ns; j++) {
            if (steps[j].order_id != orders[i].order_id) continue;
            tpl_dict *w = tpl_add_section(row, "WAITING_FOR");
            tpl_set(w, "LABEL", steps[j].approver_label);
            tpl_set_int(w, "LEVEL", steps[j].level);
            set_waited(w, now, steps[j].requested_at);
            any = 1;
        }
        if (!any) tpl_show(row, "NO_STEP");
    }
}

void page_bo_company_approval_rules(struct request *req)
{
    int64_t id;
    char company[256];
    struct approval_settings settings;
    int found = route_id(req, &id) ? store_approval_company_name(id, company, sizeof company) : 0;
    if (found == 1) found = store_approval_settings_get(id, &settings);
    if (!response_found(req, found, "company")) return;
    char title[300];
    snprintf(title, sizeof title, "Approval rules of %s", company);
    tpl_dict *d = response_page(req, 200, "backoffice/company_approval_rules.tpl", title);
    tpl_set_int(d, "ID", id);
    tpl_set(d, "COMPANY", company);
    tpl_set(d, "LIMIT_ACTION", settings.refuse ? "Orders over a member's limit are refused"
                                               : "Orders over a member's limit need their superior's approval");
    if (settings.reminder_days > 0) {
        char text[160];
        snprintf(text, sizeof text, "After %d day%s of waiting%s", settings.reminder_days,
                 settings.reminder_days == 1 ? "" : "s",
                 settings.escalate ? ", and escalated to the approver's superior" : "");
        tpl_set(d, "REMINDERS", text);
    } else {
        tpl_set(d, "REMINDERS", "No reminders");
    }
    fill_bo_rules(d, id);
    fill_bo_limits(d, id);
    fill_bo_waiting(d, id, clock_now());
}
