/* Where the company's approval rules meet checkout (approvals_submit.h):
 * load the active rules, the buyer's unit path, spends and limit; let the
 * pure evaluator (approval_rules_evaluate.c) decide the steps and name
 * their approvers (approval_rules_resolve.c); then show them (preview) or
 * snapshot them with their approvers and mail the first level's approvers
 * (submit). */
#include "approvals/approvals_submit.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "approvals/approval_rules.h"
#include "base/db.h"
#include "base/format.h"
#include "mail/mail.h"
#include "web/render.h"
#include "approvals/approval_rules_store.h"

#define UNIT_PATH_MAX 64

/* Everything one evaluation reads; static because it is large and a
 * worker serves one request at a time. */
struct evaluation {
    struct ar_rule rules[APPROVAL_RULES_MAX];
    int n_rules;
    struct ar_limit limit;
    struct ar_category categories[APPROVAL_CATEGORIES_MAX];
    int n_categories;
    struct ar_member members[APPROVAL_MEMBERS_MAX];
    struct ar_unit units[APPROVAL_UNITS_MAX];
    struct ar_delegation delegations[APPROVAL_DELEGATIONS_MAX];
    struct ar_directory dir;
    int64_t unit_path[UNIT_PATH_MAX];
    struct ar_buyer buyer;
    const struct ar_member *buyer_member;
    struct ar_result result;
    struct ar_resolved resolved[AR_STEPS_MAX];
    int64_t now;
};

static struct evaluation ev;

static int uses_categories(const struct ar_rule *rules, int n)
{
    for (int r = 0; r < n; r++)
        for (int c = 0; c < rules[r].n_conditions; c++)
            if (rules[r].conditions[c].kind == AR_CONTAINS_CATEGORY) return 1;
    return 0;
}

/* The buyer's unit, then its parents up to the root (bounded: bad data
 * with a cycle ends the walk). */
static int unit_path(int64_t unit_id, int64_t *path, int max)
{
    int n = 0;
    while (unit_id > 0 && n < max) {
        int found = -1;
        for (int i = 0; i < ev.dir.n_units; i++)
            if (ev.units[i].id == unit_id) found = i;
        if (found < 0) break;
        for (int i = 0; i < n; i++)
            if (path[i] == unit_id) return n;
        path[n++] = unit_id;
        unit_id = ev.units[found].parent_id;
    }
    return n;
}

static void log_error(const char *what)
{
    fprintf(stderr, "approvals: %s: %s\n", what, db_error());
}

/* The members of the directory (units and delegations loaded). Which
 * rules apply depends only on the buyer, so before evaluating only the
 * buyer is read; once steps are asked (most orders ask none), the people
 * resolving them may need: the holders of the roles the steps name and
 * the administrators (who approve when nobody else can), the members the
 * steps name, every unit's manager (superiors) and the delegations'
 * people. A company's whole membership (800 people, sorted by name, on
 * every review and submit) was most of placing an order. */
_Static_assert(1 + APPROVAL_UNITS_MAX + 2 * APPROVAL_DELEGATIONS_MAX + AR_STEPS_MAX * AR_APPROVERS_MAX <= AR_MEMBER_IDS_MAX,
               "every user an evaluation may ask for fits");

static int load_members(const struct order_draft *draft, int for_steps)
{
    static int64_t roles[AR_MEMBER_IDS_MAX], users[AR_MEMBER_IDS_MAX];
    int nr = 0, nu = 0;
    users[nu++] = draft->buyer_user_id;
    if (for_steps) {
        roles[nr++] = AR_ADMINISTRATOR_ROLE;
        for (int i = 0; i < ev.dir.n_units; i++)
            if (ev.units[i].manager_user_id > 0) users[nu++] = ev.units[i].manager_user_id;
        for (int i = 0; i < ev.dir.n_delegations; i++) {
            users[nu++] = ev.delegations[i].user_id;
            users[nu++] = ev.delegations[i].delegate_user_id;
        }
        for (int s = 0; s < ev.result.n_steps; s++) {
            const struct ar_group *g = &ev.result.steps[s].group;
            for (int i = 0; i < g->n; i++) {
                if (g->kind == AR_GROUP_ROLES) roles[nr++] = g->refs[i].id;
                else if (g->kind == AR_GROUP_MEMBERS) users[nu++] = g->refs[i].id;
            }
        }
    }
    int n = store_approval_members(draft->company_id, roles, nr, users, nu, ev.members, APPROVAL_MEMBERS_MAX);
    if (n < 0) return -1;
    ev.dir.n_members = n;
    ev.buyer_member = ar_directory_member(&ev.dir, draft->buyer_user_id);
    return 0;
}

/* Loads and evaluates. exclude_order_id: the order being submitted, kept
 * out of the period spends (0 in the preview). Returns NONE, REQUIRED
 * (ev.result and ev.resolved filled), REFUSED or ERROR. */
static enum approvals_outcome evaluate(const struct order_draft *draft, int64_t exclude_order_id, char *refusal,
                                       size_t refusal_size)
{
    if (refusal_size) refusal[0] = '\0';
    ev.result.refused = 0;
    ev.result.n_steps = 0;
    ev.now = draft->now ? draft->now : clock_now();
    ev.n_rules = store_approval_rules_load(draft->company_id, 0, 1, ev.rules, APPROVAL_RULES_MAX);
    if (ev.n_rules < 0 || store_approval_limit(draft->company_id, draft->buyer_user_id, &ev.limit) != 0) {
        log_error("rules");
        return APPROVALS_ERROR;
    }
    if (ev.n_rules == 0 && !ev.limit.set) return APPROVALS_NONE;

    ev.n_categories = 0;
    if (uses_categories(ev.rules, ev.n_rules)) {
        ev.n_categories = store_approval_categories(ev.categories, APPROVAL_CATEGORIES_MAX);
        if (ev.n_categories < 0) {
            log_error("categories");
            return APPROVALS_ERROR;
        }
    }
    int nu = store_approval_units(draft->company_id, ev.units, APPROVAL_UNITS_MAX);
    int nd = store_approval_delegations(draft->company_id, ev.now, ev.delegations, APPROVAL_DELEGATIONS_MAX);
    ev.dir = (struct ar_directory){ ev.members, 0, ev.units, nu, ev.delegations, nd };
    if (nu < 0 || nd < 0 || load_members(draft, 0) != 0) {
        log_error("directory");
        return APPROVALS_ERROR;
    }

    /* The buyer: role and unit from the draft, else from the membership. */
    memset(&ev.buyer, 0, sizeof ev.buyer);
    ev.buyer.user_id = draft->buyer_user_id;
    ev.buyer.role_id = draft->buyer_role_id ? draft->buyer_role_id : ev.buyer_member ? ev.buyer_member->role_id : 0;
    int64_t unit = draft->buyer_unit_id ? draft->buyer_unit_id : ev.buyer_member ? ev.buyer_member->unit_id : 0;
    ev.buyer.unit_path = ev.unit_path;
    ev.buyer.n_unit_path = unit_path(unit, ev.unit_path, UNIT_PATH_MAX);
    ev.buyer.n_spends = approval_rules_spend_needs(ev.rules, ev.n_rules, &ev.limit, ev.buyer.spends, AR_SPENDS_MAX);
    if (store_approval_spends(draft->company_id, draft->buyer_user_id, exclude_order_id, ev.now, ev.buyer.spends,
                              ev.buyer.n_spends) != 0) {
        log_error("spends");
        return APPROVALS_ERROR;
    }

    int n = approval_rules_evaluate(ev.rules, ev.n_rules, draft, ev.categories, ev.n_categories, &ev.buyer,
                                    &ev.limit, &ev.result);
    if (n < 0) fprintf(stderr, "approvals: more than %d steps; the first %d are asked\n", AR_STEPS_MAX, AR_STEPS_MAX);
    if (ev.result.refused) {
        utf8_copy(refusal, refusal_size, ev.result.refusal);
        return APPROVALS_REFUSED;
    }
    if (ev.result.n_steps > 0 && load_members(draft, 1) != 0) {
        log_error("directory");
        return APPROVALS_ERROR;
    }
    const char *buyer_name = ev.buyer_member ? ev.buyer_member->name : "The buyer";
    int asked = 0;
    for (int i = 0; i < ev.result.n_steps; i++)
        if (approval_rules_resolve(&ev.result.steps[i], draft->buyer_user_id, unit, buyer_name, &ev.dir,
                                   &ev.resolved[i]) > 0)
            asked++;
    return asked ? APPROVALS_REQUIRED : APPROVALS_NONE;
}

enum approvals_outcome approvals_preview(const struct order_draft *draft, struct approval_preview_item *out,
                                         int max, int *count, char *refusal, size_t refusal_size)
{
    *count = 0;
    enum approvals_outcome r = evaluate(draft, 0, refusal, refusal_size);
    if (r != APPROVALS_REQUIRED) return r;
    for (int i = 0; i < ev.result.n_steps && *count < max; i++) {
        const struct ar_step *s = &ev.result.steps[i];
        const struct ar_resolved *who = &ev.resolved[i];
        if (who->n == 0) continue;
        struct approval_preview_item *item = &out[(*count)++];
        memset(item, 0, sizeof *item);
        item->level = s->level;
        utf8_copy(item->rule_name, sizeof item->rule_name, s->rule_names);
        utf8_copy(item->approver_label, sizeof item->approver_label, who->label);
        utf8_copy(item->reason, sizeof item->reason, s->reason);
        utf8_copy(item->note, sizeof item->note, who->note_you);
    }
    return APPROVALS_REQUIRED;
}

/* One approval_request mail to one approver of a step that is waiting. */
static int mail_approver(const struct order_draft *draft, const char *order_number, const char *company,
                         int64_t step_id, const struct ar_step *s, const struct ar_resolved *who,
                         const struct ar_approver *a)
{
    const struct ar_member *m = ar_directory_member(&ev.dir, a->user_id);
    if (!m) return 0;
    char total[48], path[64], err[200];
    format_money(draft->total, draft->currency[0] ? draft->currency : "USD", total, sizeof total);
    snprintf(path, sizeof path, "/account/approvals/%lld", (long long)step_id);
    tpl_dict *values = tpl_dict_new();
    if (!values) return -1;
    tpl_set(values, "ORDER_NUMBER", order_number);
    tpl_set(values, "BUYER_NAME", ev.buyer_member ? ev.buyer_member->name : "A colleague");
    tpl_set(values, "COMPANY_NAME", company);
    tpl_set(values, "TOTAL", total);
    tpl_set(values, "RULE_NAME", s->rule_names);
    tpl_set(values, "REASON", s->reason);
    tpl_set(values, "APPROVER_LABEL", who->label);
    tpl_set(values, "STEP_PATH", path);
    if (who->note[0]) tpl_set(tpl_add_section(values, "NOTE"), "TEXT", who->note);
    if (who->all) tpl_show(values, "ALL_MUST_APPROVE");
    if (a->via == AR_VIA_DELEGATE) {
        const struct ar_member *absent = ar_directory_member(&ev.dir, a->on_behalf_of);
        tpl_set(tpl_add_section(values, "DELEGATE"), "ON_BEHALF_OF", absent ? absent->name : "a colleague");
    }
    struct mail_recipient to = { .address = m->email, .name = m->name, .user_id = m->user_id,
                                 .company_id = draft->company_id };
    enum mail_result r = mail_enqueue("approval_request", &to, values, err, sizeof err);
    tpl_dict_free(values);
    if (r == MAIL_ERROR) fprintf(stderr, "approvals: approval request to %s not queued: %s\n", m->email, err);
    return r == MAIL_ERROR ? -1 : 0;
}

enum approvals_outcome approvals_on_submit(const struct order_draft *draft, int64_t order_id, const char *order_number,
                                           char *refusal, size_t refusal_size)
{
    enum approvals_outcome r = evaluate(draft, order_id, refusal, refusal_size);
    if (r != APPROVALS_REQUIRED) return r;
    /* The lowest level asked is requested now; the others wait their turn. */
    int first = AR_LEVEL_MAX + 1;
    for (int i = 0; i < ev.result.n_steps; i++)
        if (ev.resolved[i].n > 0 && ev.result.steps[i].level < first) first = ev.result.steps[i].level;
    char company[256] = "";
    if (store_approval_company_name(draft->company_id, company, sizeof company) < 0) {
        log_error("company");
        return APPROVALS_ERROR;
    }
    for (int i = 0; i < ev.result.n_steps; i++) {
        const struct ar_step *s = &ev.result.steps[i];
        const struct ar_resolved *who = &ev.resolved[i];
        if (who->n == 0) continue;
        int waiting = s->level == first;
        struct approval_step_new row = {
            .order_id = order_id, .company_id = draft->company_id, .level = s->level, .rule_id = s->rule_id,
            .rule_name = s->rule_names, .reason = s->reason, .approver_label = who->label, .all = who->all,
            .note = who->note, .status = waiting ? "waiting" : "queued", .requested_at = waiting ? ev.now : 0,
        };
        int64_t step_id = store_approval_step_insert(&row);
        if (step_id <= 0) {
            log_error("step");
            return APPROVALS_ERROR;
        }
        for (int a = 0; a < who->n; a++) {
            if (store_approval_step_approver_insert(step_id, draft->company_id, &who->approvers[a]) != 0) {
                log_error("step approver");
                return APPROVALS_ERROR;
            }
            if (waiting && !draft->history
                && mail_approver(draft, order_number, company, step_id, s, who, &who->approvers[a]) != 0)
                return APPROVALS_ERROR;
        }
    }
    return APPROVALS_REQUIRED;
}
