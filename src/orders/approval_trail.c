/* An order's approval trail as its pages show it: each step (level, rule,
 * why, who may decide, how many must), its status, and each approver with
 * how they came to decide and what they said. The order pages show it; the
 * approval inbox shows the same pieces. */
#include "orders/approval_trail.h"

#include <stdio.h>
#include <string.h>

#include "orders/approval_steps_store.h"
#include "web/response.h"

/* How an approver came to decide a step, in words. */
void approval_via_text(const char *via, const char *on_behalf, char *out, size_t size)
{
    /* Past tense: how the step reached this approver, true after the
     * out-of-office period has ended too. */
    if (strcmp(via, "delegate") == 0)
        snprintf(out, size, "Asked while %s was out of office", on_behalf[0] ? on_behalf : "a colleague");
    else if (strcmp(via, "escalation") == 0)
        snprintf(out, size, "Escalated from %s", on_behalf[0] ? on_behalf : "a colleague");
    else if (strcmp(via, "role") == 0) snprintf(out, size, "By role");
    else if (strcmp(via, "member") == 0) snprintf(out, size, "Named in the rule");
    else if (strcmp(via, "superior") == 0) snprintf(out, size, "The buyer's superior");
    else if (strcmp(via, "administrator") == 0) snprintf(out, size, "Company administrator");
    else snprintf(out, size, "%s", via);
}

void approval_set_via(tpl_dict *d, const char *via, const char *on_behalf)
{
    char text[200];
    approval_via_text(via, on_behalf, text, sizeof text);
    tpl_set(d, "VIA", text);
}

void approval_step_look(const char *status, const char **label, const char **badge)
{
    static const char *const looks[][3] = {
        { "waiting", "Waiting", "warning" }, { "queued", "Queued", "secondary" },
        { "approved", "Approved", "success" }, { "rejected", "Rejected", "danger" },
        { "cancelled", "Cancelled", "dark" },
    };
    for (size_t i = 0; i < sizeof looks / sizeof looks[0]; i++)
        if (strcmp(status, looks[i][0]) == 0) {
            *label = looks[i][1];
            *badge = looks[i][2];
            return;
        }
    *label = status;
    *badge = "secondary";
}

void approval_set_step_status(tpl_dict *d, const char *status)
{
    const char *label, *badge;
    approval_step_look(status, &label, &badge);
    tpl_set(d, "STEP_STATUS", label);
    tpl_set(d, "STEP_BADGE", badge);
}

/* An approver's decision as a badge; undecided reads "Waiting" while the
 * step waits, else "No decision". */
void approval_set_decision(tpl_dict *d, const char *decision, const char *step_status)
{
    if (strcmp(decision, "approved") == 0) {
        tpl_set(d, "DECISION", "Approved");
        tpl_set(d, "DECISION_BADGE", "success");
    } else if (strcmp(decision, "rejected") == 0) {
        tpl_set(d, "DECISION", "Rejected");
        tpl_set(d, "DECISION_BADGE", "danger");
    } else if (strcmp(step_status, "waiting") == 0) {
        tpl_set(d, "DECISION", "Waiting");
        tpl_set(d, "DECISION_BADGE", "warning");
    } else if (strcmp(step_status, "queued") == 0) {
        tpl_set(d, "DECISION", "Not asked yet");
        tpl_set(d, "DECISION_BADGE", "light border");
    } else {
        tpl_set(d, "DECISION", "No decision");
        tpl_set(d, "DECISION_BADGE", "light border");
    }
}

const char *approval_mode_text(const char *mode)
{
    return strcmp(mode, "all") == 0 ? "All of them must approve" : "Any one of them may approve";
}

void approval_trail_fill(tpl_dict *d, int64_t company_id, int64_t order_id)
{
    static struct approval_step steps[APPROVAL_ORDER_STEPS_MAX];
    static struct approval_approver list[ORDER_APPROVERS_MAX];
    int ns = store_approval_order_steps(company_id, order_id, steps, APPROVAL_ORDER_STEPS_MAX);
    if (ns <= 0) return;
    int na = store_approval_order_approvers(order_id, list, ORDER_APPROVERS_MAX);
    tpl_dict *t = tpl_include(d, "APPROVAL_TRAIL", "orders/approval_trail.tpl");
    for (int i = 0; i < ns; i++) {
        const struct approval_step *st = &steps[i];
        tpl_dict *row = tpl_add_section(t, "STEP");
        tpl_set_int(row, "LEVEL", st->level);
        tpl_set(row, "RULE", st->rule_name);
        tpl_set(row, "REASON", st->reason);
        tpl_set(row, "APPROVER_LABEL", st->approver_label);
        tpl_set(row, "MODE", approval_mode_text(st->mode));
        approval_set_step_status(row, st->status);
        if (st->note[0]) tpl_set(tpl_add_section(row, "NOTE"), "TEXT", st->note);
        if (st->requested_at) tpl_set_date(tpl_add_section(row, "REQUESTED"), "WHEN", st->requested_at);
        if (st->decided_at) tpl_set_date(tpl_add_section(row, "CLOSED"), "WHEN", st->decided_at);
        if (strcmp(st->status, "rejected") == 0) tpl_show(t, "REJECTED");
        for (int j = 0; j < na; j++) {
            if (list[j].step_id != st->id) continue;
            tpl_dict *a = tpl_add_section(row, "APPROVER");
            tpl_set(a, "NAME", list[j].name);
            approval_set_via(a, list[j].via, list[j].on_behalf_name);
            approval_set_decision(a, list[j].decision, st->status);
            if (list[j].decided_at) tpl_set_date(tpl_add_section(a, "DECIDED"), "WHEN", list[j].decided_at);
            if (list[j].comment[0]) tpl_set(tpl_add_section(a, "COMMENT"), "TEXT", list[j].comment);
        }
    }
}
