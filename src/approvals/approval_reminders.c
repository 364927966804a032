/* What happens after checkout wrote an order's approval steps: the pure
 * rules of the inbox, and the reminder pass. Owner: approval inbox. */
#include "approvals/approval_reminders.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/format.h"
#include "mail/mail.h"
#include "approvals/approvals_store.h"
#include "audit/audit_store.h"

/* --- One step's outcome ------------------------------------------------------ */

enum approval_step_result approval_step_result(const char *mode, const struct approval_voter *voters, int n)
{
    int any_approval = 0, principals = 0, satisfied = 0;
    for (int i = 0; i < n; i++) {
        if (voters[i].vote == VOTE_REJECTED) return STEP_REJECTED;
        if (voters[i].vote == VOTE_APPROVED) any_approval = 1;
    }
    if (!any_approval) return STEP_WAITING;
    if (mode && strcmp(mode, "any") == 0) return STEP_APPROVED;
    for (int i = 0; i < n; i++) {
        if (voters[i].on_behalf_of) continue;
        principals++;
        int ok = voters[i].vote == VOTE_APPROVED;
        for (int j = 0; j < n && !ok; j++)
            ok = voters[j].on_behalf_of == voters[i].user_id && voters[j].vote == VOTE_APPROVED;
        satisfied += ok;
    }
    if (principals == 0) return STEP_APPROVED;
    return satisfied == principals ? STEP_APPROVED : STEP_WAITING;
}

/* --- How the order moves on ---------------------------------------------------- */

struct approval_progress approval_order_progress(const struct approval_step_state *steps, int n)
{
    struct approval_progress p = { PROGRESS_APPROVED, 0 };
    int waiting = 0, lowest_queued = 0;
    for (int i = 0; i < n; i++) {
        switch (steps[i].status) {
        case STEP_S_REJECTED: return (struct approval_progress){ PROGRESS_REJECTED, 0 };
        case STEP_S_WAITING: waiting = 1; break;
        case STEP_S_QUEUED:
            if (!lowest_queued || steps[i].level < lowest_queued) lowest_queued = steps[i].level;
            break;
        case STEP_S_APPROVED:
        case STEP_S_CANCELLED: break;
        }
    }
    if (waiting) p.kind = PROGRESS_WAIT;
    else if (lowest_queued) p = (struct approval_progress){ PROGRESS_OPEN_LEVEL, lowest_queued };
    return p;
}

int approval_step_status_parse(const char *name, enum approval_step_status *out)
{
    static const char *const names[] = { "waiting", "queued", "approved", "rejected", "cancelled" };
    for (int i = 0; i < 5; i++)
        if (name && strcmp(name, names[i]) == 0) {
            *out = (enum approval_step_status)i;
            return 0;
        }
    return -1;
}

/* --- Reminders --------------------------------------------------------------------- */

int approval_reminder_due(int64_t now, int64_t requested_at, int64_t reminded_at, int days)
{
    if (days <= 0 || requested_at <= 0) return 0;
    int64_t period = (int64_t)days * APPROVAL_DAY_SECONDS;
    if (now - requested_at < period) return 0;
    return reminded_at <= 0 || now - reminded_at >= period;
}

int approval_days_waiting(int64_t now, int64_t requested_at)
{
    if (requested_at <= 0 || now <= requested_at) return 0;
    return (int)((now - requested_at) / APPROVAL_DAY_SECONDS);
}

/* --- Out of office ------------------------------------------------------------------- */

enum approval_period_problem approval_period_check(int64_t first_day, int64_t last_day, int64_t now,
                                                   int64_t *starts_at, int64_t *ends_at)
{
    if (last_day < first_day) return PERIOD_ENDS_BEFORE_START;
    if (last_day + APPROVAL_DAY_SECONDS <= now) return PERIOD_ENDED;
    if ((last_day - first_day) / APPROVAL_DAY_SECONDS + 1 > APPROVAL_PERIOD_MAX_DAYS) return PERIOD_TOO_LONG;
    *starts_at = first_day;
    *ends_at = last_day + APPROVAL_DAY_SECONDS;
    return PERIOD_OK;
}

/* --- Escalation target ------------------------------------------------------------------ */

static int unit_index(const struct approval_unit *units, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (units[i].id == id) return i;
    return -1;
}

static int skipped(int64_t user, int64_t approver, int64_t buyer, const int64_t *skip, int n_skip)
{
    if (user == 0 || user == approver || user == buyer) return 1;
    for (int i = 0; i < n_skip; i++)
        if (skip[i] == user) return 1;
    return 0;
}

int64_t approval_superior(const struct approval_unit *units, int n, int64_t unit_id, int64_t approver,
                          int64_t buyer, const int64_t *skip, int n_skip)
{
    int at = unit_index(units, n, unit_id);
    if (at < 0)   /* no unit: start at the company itself */
        for (int i = 0; i < n && at < 0; i++)
            if (units[i].parent_id == 0) at = i;
    /* At most n steps: bad data (a cycle) ends the walk. */
    for (int steps = 0; at >= 0 && steps < n; steps++) {
        if (!skipped(units[at].manager_user_id, approver, buyer, skip, n_skip)) return units[at].manager_user_id;
        if (units[at].parent_id == 0) break;
        at = unit_index(units, n, units[at].parent_id);
    }
    return 0;
}

/* --- The reminder pass ---------------------------------------------------------------------- */

#define DUE_MAX 200
#define UNITS_MAX 500

static void mail_values(tpl_dict *v, const struct approval_due_step *d, int64_t now, const char *escalated_from)
{
    char amount[64], path[64];
    format_money(d->total, d->currency, amount, sizeof amount);
    snprintf(path, sizeof path, "/account/approvals/%lld", (long long)d->step_id);
    tpl_set(v, "COMPANY_NAME", d->company_name);
    tpl_set(v, "ORDER_NUMBER", d->number);
    tpl_set(v, "BUYER_NAME", d->buyer[0] ? d->buyer : "a colleague");
    tpl_set(v, "AMOUNT", amount);
    tpl_set(v, "RULE_NAME", d->rule_name);
    tpl_set(v, "REASON", d->reason);
    tpl_set(v, "STEP_PATH", path);
    int days = approval_days_waiting(now, d->requested_at);
    tpl_set_int(v, "DAYS", days);
    tpl_set(v, "DAYS_WORD", days == 1 ? "day" : "days");
    if (escalated_from) tpl_set(tpl_add_section(v, "ESCALATED"), "APPROVER_NAME", escalated_from);
    else tpl_show(v, "NOT_ESCALATED");
}

static int queue_to(const struct approval_approver *a, int64_t company_id, const tpl_dict *v)
{
    struct mail_recipient to = { .address = a->email, .name = a->name, .user_id = a->user_id,
                                 .company_id = company_id };
    char err[200];
    enum mail_result r = mail_enqueue("approval_reminder", &to, v, err, sizeof err);
    if (r == MAIL_ERROR) fprintf(stderr, "approvals: reminder to %s not queued: %s\n", a->email, err);
    return r == MAIL_ERROR ? -1 : r == MAIL_QUEUED;
}

static int has_escalation_for(const struct approval_approver *list, int n, int64_t principal)
{
    for (int i = 0; i < n; i++)
        if (list[i].on_behalf_of == principal && strcmp(list[i].via, "escalation") == 0) return 1;
    return 0;
}

/* Adds the superior of every undecided principal (once per principal) and
 * mails them. Returns mails queued, or -1. */
static int escalate(const struct approval_due_step *d, struct approval_approver *list, int n,
                    const struct approval_unit *units, int n_units, int64_t now)
{
    int64_t on_step[APPROVAL_APPROVERS_MAX * 2];
    int n_on = 0, queued = 0, original = n;
    for (int i = 0; i < n; i++) on_step[n_on++] = list[i].user_id;
    for (int i = 0; i < original; i++) {
        const struct approval_approver *a = &list[i];
        if (a->decision[0] || a->on_behalf_of || has_escalation_for(list, n, a->user_id)) continue;
        int64_t boss = approval_superior(units, n_units, a->unit_id, a->user_id, d->buyer_user_id, on_step, n_on);
        if (!boss || n_on >= (int)(sizeof on_step / sizeof on_step[0])) continue;
        struct unit_member m;
        if (store_inbox_member_get(d->company_id, boss, &m) != 1) continue;
        if (store_approval_add_approver(d->step_id, d->company_id, boss, "escalation", a->user_id) != 0) return -1;
        on_step[n_on++] = boss;
        tpl_dict *v = tpl_dict_new();
        mail_values(v, d, now, a->name);
        struct approval_approver added = { .user_id = boss };
        snprintf(added.name, sizeof added.name, "%s", m.name);
        snprintf(added.email, sizeof added.email, "%s", m.email);
        int r = queue_to(&added, d->company_id, v);
        tpl_dict_free(v);
        if (r < 0) return -1;
        queued += r;
        char after[300];
        snprintf(after, sizeof after, "%s (for %s)", m.name, a->name);
        struct audit_change change = { "Approver added", "", after };
        struct actor system = actor_system("System");
        if (store_audit_insert(d->company_id, &system, "approval.escalated", d->number, &change, 1, now) != 0)
            return -1;
    }
    return queued;
}

/* One step in its own transaction: marks it reminded (so a second pass,
 * or a second process, skips it), mails the undecided approvers, escalates.
 * Returns mails queued, or -1 (rolled back). */
static int remind_step(const struct approval_due_step *d, const struct approval_unit *units, int n_units, int64_t now)
{
    static struct approval_approver list[APPROVAL_APPROVERS_MAX * 2];
    if (db_begin() != 0) return -1;
    int64_t since = now - (int64_t)d->days * APPROVAL_DAY_SECONDS;
    int marked = store_approval_mark_reminded(d->step_id, since, now);
    int n = marked == 1 ? store_approval_step_approvers(d->step_id, list, APPROVAL_APPROVERS_MAX) : marked;
    int queued = 0, ok = n >= 0;
    for (int i = 0; ok && marked == 1 && i < n; i++) {
        if (list[i].decision[0] || list[i].user_id == d->buyer_user_id) continue;
        tpl_dict *v = tpl_dict_new();
        mail_values(v, d, now, NULL);
        int r = queue_to(&list[i], d->company_id, v);
        tpl_dict_free(v);
        ok = r >= 0;
        queued += r > 0;
    }
    if (ok && marked == 1 && d->escalate) {
        int r = escalate(d, list, n, units, n_units, now);
        ok = r >= 0;
        queued += r > 0 ? r : 0;
    }
    if (!ok || db_commit() != 0) {
        db_rollback();
        return -1;
    }
    return queued;
}

int approval_reminders_run(int64_t now)
{
    static struct approval_due_step due[DUE_MAX];
    static struct approval_unit units[UNITS_MAX];
    int n = store_approval_due_steps(now, due, DUE_MAX);
    if (n < 0) return -1;
    int total = 0, failed = 0, n_units = 0;
    int64_t units_of = 0;
    for (int i = 0; i < n; i++) {
        if (!approval_reminder_due(now, due[i].requested_at, due[i].reminded_at, due[i].days)) continue;
        if (due[i].escalate && units_of != due[i].company_id) {
            n_units = store_inbox_units(due[i].company_id, units, UNITS_MAX);
            if (n_units < 0) return -1;
            units_of = due[i].company_id;
        }
        int r = remind_step(&due[i], units, due[i].escalate ? n_units : 0, now);
        if (r < 0) failed = 1;
        else total += r;
    }
    return failed && total == 0 ? -1 : total;
}
