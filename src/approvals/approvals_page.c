/* Approval inbox (/account/approvals): the steps waiting for this member,
 * approving several at once, and what they decided before; the decision
 * page a mail links to (/account/approvals/:id), with the order, who else
 * approves and the form to approve or reject. Staff viewing as the
 * customer see the company's waiting steps, read-only. Deciding itself,
 * with all it causes, is decision.c. */
#include "approvals/pages.h"

#include <stdio.h>
#include <string.h>

#include "approvals/approval_reminders.h"
#include "approvals/approvals_page_common.h"
#include "approvals/approvals_store.h"
#include "approvals/decision.h"
#include "base/clock.h"
#include "orders/approval_trail.h"
#include "orders/order_detail_store.h"
#include "orders/order_status.h"
#include "web/form.h"
#include "web/response.h"

#define INBOX_MAX 200
#define HISTORY_MAX 100
#define BULK_MAX INBOX_MAX   /* every row the inbox shows may be ticked */

/* The comment on a decision: required to reject (the handler asks for it).
 * One message for both problems, so that it names the limit as 1,000. */
#define COMMENT_FIELD { "comment", "Comment", FIELD_LINES, 0, 0, APPROVAL_COMMENT_MAX, NULL, NULL, \
                        "Keep the comment to 1,000 characters or fewer, without control characters." }

static const char *const decisions[] = { "approve", "reject", NULL };
static const struct field decide_declared[] = {
    { "decision", "Decision", FIELD_ENUM, 1, 0, 0, decisions, "Choose Approve or Reject.", "Choose Approve or Reject." },
    COMMENT_FIELD,
    { NULL },
};
const struct form_spec form_approval_decide = { "approval_decide", decide_declared };

static const struct field bulk_declared[] = {
    COMMENT_FIELD,
    { "step", "Orders", FIELD_IDS, 1, 0, 0, NULL, "Tick at least one order to approve.", NULL },
    { NULL },
};
const struct form_spec form_approvals_bulk = { "approvals_bulk", bulk_declared };

/* ---- small helpers ------------------------------------------------------------------ */

static void set_order_status(tpl_dict *d, const char *status)
{
    tpl_set(d, "ORDER_STATUS", order_status_label(status));
    tpl_set(d, "ORDER_BADGE", order_status_badge(status));
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
    int n;
    const int64_t *ids = field_ids(req, "step", &n);
    for (int i = 0; i < n; i++)
        if (ids[i] == id) return 1;
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
    form_fill_declared(w, req, &form_approvals_bulk, errors);
    if (can_decide) tpl_show(w, "CAN_DECIDE");
    for (int i = 0; i < n; i++) {
        const struct approval_inbox_row *r = &rows[i];
        tpl_dict *row = tpl_add_section(w, "STEP");
        tpl_set_int(row, "ID", r->step_id);
        tpl_set(row, "NUMBER", r->number);
        tpl_set(row, "BUYER", r->buyer[0] ? r->buyer : "\xe2\x80\x94");
        approvals_set_money(row, "AMOUNT", r->total, r->currency);
        tpl_set_date(row, "PLACED", r->placed_at);
        tpl_set(row, "RULE", r->rule_name);
        tpl_set(row, "REASON", r->reason);
        tpl_set(row, "APPROVER_LABEL", r->approver_label);
        tpl_set_int(row, "LEVEL", r->level);
        if (r->via[0]) approval_set_via(tpl_add_section(row, "HAS_VIA"), r->via, r->on_behalf_of);
        approvals_set_waited(row, now, r->requested_at);
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
        approvals_set_money(row, "AMOUNT", r->total, r->currency);
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
    if (field_errors(req)->count) {
        render_inbox(req, 422, 0, field_errors(req));
        return;
    }
    /* Each ticked step once, as many as the inbox shows. */
    int64_t ids[BULK_MAX];
    int n = 0, ticked;
    const int64_t *steps = field_ids(req, "step", &ticked);
    for (int i = 0; i < ticked && n < BULK_MAX; i++) {
        int seen = 0;
        for (int j = 0; j < n; j++) seen |= ids[j] == steps[i];
        if (!seen) ids[n++] = steps[i];
    }
    const char *comment = field_text(req, "comment");
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
    approvals_set_money(d, "SUBTOTAL", o->subtotal, o->currency);
    approvals_set_money(d, "SHIPPING", o->shipping, o->currency);
    approvals_set_money(d, "TAX", o->tax, o->currency);
    approvals_set_money(d, "TOTAL", o->total, o->currency);
    tpl_set(d, "TAX_LABEL", o->tax_label[0] ? o->tax_label : "Tax");
    int n = store_order_lines(o->id, lines, ORDER_LINES_MAX);
    for (int i = 0; i < n; i++) {
        tpl_dict *l = tpl_add_section(d, "LINE");
        tpl_set(l, "SKU", lines[i].sku);
        tpl_set(l, "NAME", lines[i].name);
        tpl_set_int(l, "QUANTITY", lines[i].quantity);
        tpl_set(l, "UNIT", lines[i].unit);
        approvals_set_money(l, "UNIT_PRICE", lines[i].unit_price, o->currency);
        approvals_set_money(l, "LINE_TOTAL", lines[i].line_total, o->currency);
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

    int me = s->viewing_as_customer ? -1 : approval_find_approver(list, n, s->user_id);
    int open = strcmp(step->status, "waiting") == 0 && strcmp(step->order_status, "pending_approval") == 0;
    if (s->viewing_as_customer) tpl_show(d, "READ_ONLY");
    else if (step->placed_by_user_id == s->user_id) tpl_show(d, "OWN_ORDER");
    else if (me >= 0 && list[me].decision[0]) {
        tpl_dict *y = tpl_add_section(d, "YOU_DECIDED");
        tpl_set(y, "DECISION", list[me].decision);
        tpl_set_date(y, "WHEN", list[me].decided_at);
        if (open) tpl_show(y, "STILL_OPEN");
    } else if (open && me >= 0 && approval_covered_by(list, n, me) >= 0) {
        int c = approval_covered_by(list, n, me);
        tpl_dict *y = tpl_add_section(d, "COVERED");
        tpl_set(y, "NAME", list[c].name);
        tpl_set(y, "DECISION", list[c].decision);
        tpl_set_date(y, "WHEN", list[c].decided_at);
    } else if (open && me >= 0 && !conflict) {
        tpl_dict *f = tpl_add_section(d, "DECIDE");
        tpl_set(f, "CSRF_TOKEN", req->csrf_token);
        tpl_set_int(f, "ID", step->id);
        tpl_set(f, "NUMBER", step->order_number);
        form_fill_declared(f, req, &form_approval_decide, errors);
        form_fill_declared(d, req, &form_approval_decide, errors);   /* the summary above the page */
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
    int found = approvals_route_id(req, &id) ? store_approval_step_get(s->company_id, id, step) : 0;
    if (found == 1) {
        *n = store_approval_step_approvers(step->id, list, APPROVAL_APPROVERS_MAX);
        if (*n < 0) found = -1;
        else if (!s->viewing_as_customer && approval_find_approver(list, *n, s->user_id) < 0) found = 0;
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
    struct approval_step step;
    int n = 0;
    if (!load_step(req, &step, list, &n, &order)) return;
    if (step.placed_by_user_id == req->session.user_id) {
        response_error(req, 403, "You placed this order, so someone else must approve it.");
        return;
    }
    int approve = strcmp(field_text(req, "decision"), "approve") == 0;
    const char *comment = field_text(req, "comment");
    struct form_errors errors = *field_errors(req);
    if (!errors.count && !approve && !comment[0])
        form_error(&errors, "comment", "Say why you reject the order: the buyer sees your comment.");
    if (errors.count) {
        render_step(req, 422, &step, list, n, &order, &errors, NULL);
        return;
    }
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
